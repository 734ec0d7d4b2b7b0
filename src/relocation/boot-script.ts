import { shellQuote } from "../runtime/env-vars.js";
import { normaliseDir, PATH_END_BRACKET } from "./boundary.js";
import { MANIFEST_HEADER, MANIFEST_PATH } from "./manifest.js";

/**
 * The `.profile.d` script that relocates the slug at dyno start: only then is it certain that no
 * later buildpack still needs the build-dir paths (heroku-buildpack-python#1006).
 *
 * It rewrites only the manifest's files (cost grows with the manifest, not with site-packages):
 * one `grep -l` picks those that still hold the build dir, one `sed -i` rewrites them, one `rm`
 * drops their pycs. Being content-driven it is idempotent without any marker; the marker
 * (`relocated-to`: the build dir and `$HOME`) only spares a second run on the same filesystem the reads.
 * It runs in a subshell, so the dyno's shell keeps no variable, function or option from it, and
 * `|| true` keeps herokuish's `set -eo pipefail` from ever stopping the dyno.
 */

export const BOOT_SCRIPT_PATH = ".profile.d/pyslug-relocate.sh";
export const MARKER_PATH = ".heroku/pyslug/relocated-to";

/** The build dir as a GNU BRE (C locale) matching it as a whole path, for sed/grep with `#` as delimiter. Pure. */
export function buildDirPattern(buildDir: string): string {
  const escaped = normaliseDir(buildDir).replace(/[\\.[\]*^$#]/g, "\\$&");
  return `${escaped}\\(${PATH_END_BRACKET}\\|$\\)`;
}

/** The script's text for a slug built in `buildDir`. Pure. */
export function bootScript(buildDir: string): string {
  const dir = normaliseDir(buildDir);
  return `# Written by pyslug: at dyno start, points the paths recorded at build time (${dir.replace(/[^\x20-\x7e]/g, "?")})
# at where the slug runs ($HOME). Rewrites only the files listed in ${MANIFEST_PATH}.
# Runs in a subshell (leaves nothing behind) and never fails the dyno, under any shell options.
(
  set +o errexit +o nounset +o pipefail +o noclobber +o posix
  shopt -s nullglob; shopt -u failglob
  export LC_ALL=C
  build_dir=${shellQuote(dir)}
  pattern=${shellQuote(buildDirPattern(dir))}
  manifest=${shellQuote(MANIFEST_PATH)}
  marker=${shellQuote(MARKER_PATH)}
  nl=$'\\n'
  warn() { printf 'pyslug: %s\\n' "$*" >&2; }
  # Runs "$@" -- "\${batch[@]}": in one process while the list is short, else through xargs.
  on_batch() { if [ \${#batch[@]} -le 1000 ]; then "$@" -- "\${batch[@]}"; else printf '%s\\0' "\${batch[@]}" | xargs -0 "$@" --; fi; }

  [ -n "$HOME" ] && cd -- "$HOME" 2>/dev/null || exit 0
  [ -f "$manifest" ] || exit 0
  [ "$HOME" -ef "$build_dir" ] && exit 0
  if [ -f "$marker" ] && { IFS= read -r m1 && IFS= read -r m2; } <"$marker" && [ "$m1" = "$build_dir" ] && [ "$m2" = "$HOME" ]; then
    exit 0
  fi
  case $HOME in *"$build_dir"* | *"$nl"*)
    warn "not relocating $build_dir to \\$HOME ($HOME): it contains the build dir or a newline"; exit 0 ;;
  esac
  mapfile -t lines <"$manifest"
  if [ "\${lines[0]}" != ${shellQuote(MANIFEST_HEADER)} ] || [ "\${lines[1]}" != "build_dir=$build_dir" ]; then
    warn "$manifest was not written for this build; nothing relocated"; exit 0
  fi

  failed=0 listed=() holding=() writable=() pycs=() batch=()
  for f in "\${lines[@]:2}"; do
    if [ -z "$f" ]; then continue
    elif [ -L "$f" ] || [ ! -f "$f" ]; then warn "cannot relocate $f: not a file"; failed=1
    elif [ ! -r "$f" ]; then warn "cannot relocate $f: not readable"; failed=1
    else listed+=("$f"); fi
  done
  if [ \${#listed[@]} -gt 0 ]; then
    batch=("\${listed[@]}"); mapfile -d '' -t holding < <(on_batch grep -lZ -e "$pattern" 2>/dev/null)
  fi
  for f in "\${holding[@]}"; do
    d=\${f%/*}; [ "$d" != "$f" ] || d=.
    if [ ! -w "$d" ]; then warn "cannot relocate $f: its directory is read-only"; failed=1; continue; fi
    writable+=("$f")
    case $f in *.py) b=\${f##*/}; pycs+=("$d/__pycache__/\${b%.py}".*.pyc) ;; esac
  done
  if [ \${#writable[@]} -gt 0 ]; then
    to=$HOME; to=\${to//\\\\/\\\\\\\\}; to=\${to//&/\\\\&}; to=\${to//#/\\\\#}
    batch=("\${writable[@]}")
    if ! err=$(on_batch sed -i -e "s#$pattern#$to\\\\1#g" 2>&1 >/dev/null) || [ -n "$err" ]; then warn "could not relocate every file: \${err%%"$nl"*}"; failed=1; fi
    [ \${#pycs[@]} -eq 0 ] || rm -f -- "\${pycs[@]}" 2>/dev/null
  fi
  [ "$failed" = 1 ] || printf '%s\\n' "$build_dir" "$HOME" 2>/dev/null >"$marker"
) || true
`;
}
