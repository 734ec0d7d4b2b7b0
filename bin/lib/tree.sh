#!/usr/bin/env bash
# Starts restoring the cached Python tree while Node.js starts. Sourced; defines tree::* functions.
# The compile program decides whether the cached tree is used (its runtime, its metadata); this only makes
# the copy early. It is a hard-link copy of CACHE_DIR/pyslug/python/content into the build dir, so the cache
# keeps its own tree, whole and trusted, until the build first writes into the copy: a build killed before
# that loses nothing (src/cache/early-tree-copy.ts takes the copy, src/cache/python-tree.ts trusts it).

# tree::copy CONTENT COPY PROBE: copies CONTENT to COPY with hard links, then prints one line when it is over:
# "STATUS EPOCHREALTIME STARTS", the copy's exit status, when it ended, and whether the copy's interpreter
# starts (1 or 0). PROBE, a file beside CONTENT, is linked first: without hard links (another filesystem or
# mount) nothing is copied. A copy that fails is removed before the line.
tree::copy() {
  local content="$1" copy="$2" probe="$3" status=0 ended starts=0
  # Each command is a process start, slow on a small VM and competing with Node.js's: none that isn't needed.
  {
    { [[ ! -e "${copy}" && ! -e "${copy}.probe" ]] || rm -rf "${copy}" "${copy}.probe"; } &&
      mkdir -p "${copy%/*}" &&
      ln "${probe}" "${copy}.probe" 2>/dev/null &&
      rm -f "${copy}.probe" &&
      tree::link_copy "${content}" "${copy}" 2>/dev/null
  } || status=$?
  ended="${EPOCHREALTIME}"
  if ((status == 0)); then
    # The restore's check that the cached interpreter still starts (pythonStarts in src/runtime/python-runtime.ts,
    # the same command), made here while Node.js starts: on its own environment, without site, writing nothing.
    env -i PATH="${PATH}" LD_LIBRARY_PATH="${copy}/lib" PYTHONDONTWRITEBYTECODE=1 \
      "${copy}/bin/python3" -S -c "import encodings" </dev/null >/dev/null 2>&1 && starts=1
  else
    rm -rf "${copy}" "${copy}.probe" 2>/dev/null || true
  fi
  printf '%s %s %s\n' "${status}" "${ended}" "${starts}"
}

# Site-packages entries from which tree::link_copy splits the copy (src/support/two-halves.ts, the same count):
# below, the five more process starts cost more than they save (one cp links about 5,500 files, a runtime and
# a small app, in 0.1 s here).
TREE_SPLIT_MIN_ENTRIES=100

# tree::link_copy CONTENT COPY: makes COPY a hard-link copy of CONTENT. With a big site-packages, in two cp
# processes, one per half of its entries, the rest of the tree going with the first: linking is bound by
# system calls, and one cp takes 1.6-1.7 times as long as two for 150,000 files on two cores. The four
# directories down to site-packages are then made by mkdir (the build's umask); cp -a keeps the rest's modes.
tree::link_copy() {
  local content="$1" copy="$2" part entry rel="" level="$1" other status=0
  shopt -s nullglob dotglob
  local -a found=("${content}"/lib/python3.*/site-packages) entries=() first=() second=() rest=() levels=()
  # Each directory down to site-packages is made anew below: none of them may be a symlink.
  if ((${#found[@]} == 1)) && [[ ! -L "${content}/lib" && ! -L "${found[0]%/*}" && -d "${found[0]}" && ! -L "${found[0]}" ]]; then
    entries=("${found[0]}"/*)
  fi
  if ((${#entries[@]} < TREE_SPLIT_MIN_ENTRIES)); then
    cp -a --link --no-target-directory "${content}" "${copy}"
    return
  fi
  local site="${found[0]#"${content}"/}"
  for part in "${!entries[@]}"; do
    if ((part % 2)); then second+=("${entries[part]}"); else first+=("${entries[part]}"); fi
  done
  mkdir -p "${copy}/${site}" || return
  { ((${#second[@]} == 0)) || cp -a --link "${second[@]}" "${copy}/${site}/"; } &
  other=$!
  # Down to site-packages: each level's entries but the next level's directory, then the first half.
  IFS=/ read -r -a levels <<<"${site}"
  for part in "${levels[@]}"; do
    rest=()
    for entry in "${level}"/*; do
      [[ "${entry}" == "${level}/${part}" ]] || rest+=("${entry}")
    done
    { ((${#rest[@]} == 0)) || cp -a --link "${rest[@]}" "${copy}${rel}/"; } || status=$?
    level="${level}/${part}" rel="${rel}/${part}"
  done
  { ((${#first[@]} == 0)) || cp -a --link "${first[@]}" "${copy}/${site}/"; } || status=$?
  wait "${other}" || status=$?
  return "${status}"
}

# tree::start_copy BUILD_DIR CACHE_DIR: when the cache holds a tree it trusts (its metadata written), starts
# its copy into BUILD_DIR/.heroku/python.restoring in the background. The copy's end comes on fd 3, and
# PYSLUG_TREE_COPY names the copy for the compile program, which takes it or removes it.
tree::start_copy() {
  # The same place as COPY_DIR in src/cache/early-tree-copy.ts.
  local part="$2/pyslug/python" copy="$1/.heroku/python.restoring"
  [[ -f "${part}/metadata.json" && -d "${part}/content" ]] || return 0
  exec 3< <(tree::copy "${part}/content" "${copy}" "${part}/metadata.json")
  export PYSLUG_TREE_COPY="${copy}"
}
