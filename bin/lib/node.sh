#!/usr/bin/env bash
# Bootstraps the pinned Node.js for bin/compile. Sourced; defines node::* functions.
# Prints progress on stderr (the build log); node::prepare sets a variable to the node binary's path:
# the verified binary kept in CACHE_DIR/pyslug/node, run from there.

# node::fail WHAT [FIX...]: one error block, in the form the compile program prints its errors.
node::fail() {
  echo " !     " >&2
  echo " !     Error: $1" >&2
  shift
  local line
  for line in "$@"; do echo " !     ${line}" >&2; done
  echo " !     " >&2
  exit 1
}

# A URL as it may be shown: any user:password@ part replaced.
node::redact() { sed -E 's#(://)[^/@]*@#\1***@#' <<<"$1"; }

# node::setting VAR NAME ENV_DIR: sets VAR to ENV_DIR/NAME (a config var) or else the environment's NAME.
# No subshell and no cat: a build from the cache starts Node in a few forks.
node::setting() {
  local -n _out="$1"
  local name="$2" env_dir="$3"
  if [[ -n "${env_dir}" && -f "${env_dir}/${name}" ]]; then
    IFS= read -r -d '' _out <"${env_dir}/${name}" || true
    while [[ "${_out}" == *$'\n' ]]; do _out="${_out%$'\n'}"; done
  else
    _out="${!name:-}"
  fi
}

# node::arch VAR: sets VAR to the Debian name of this machine's architecture (bash knows its own).
node::arch() {
  local -n _arch="$1"
  case "${HOSTTYPE:-}" in
    x86_64) _arch=amd64 ;;
    aarch64) _arch=arm64 ;;
    *)
      _arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
      case "${_arch}" in
        x86_64) _arch=amd64 ;;
        aarch64) _arch=arm64 ;;
      esac
      ;;
  esac
}

# node::decompressor URL -> the command that decompresses the archive at URL (by its name, query ignored).
node::decompressor() {
  local name="${1%%[?#]*}"
  case "${name}" in
    *.tar.xz | *.txz) echo "xz --decompress --stdout --threads=0" ;;
    *.tar.gz | *.tgz) echo "gzip --decompress --stdout" ;;
    *) return 1 ;;
  esac
}

# node::fetch_verified URL SHA256 DIR SCRATCH -> DIR/node from the archive at URL; on failure, prints
# what failed (name, download, hash <actual digest>, layout) and returns 1.
# One pass over the stream: curl feeds the hash and the decompressor at once (tee), and tar stops
# reading as soon as bin/node is out (the rest of the archive is never decompressed). The binary
# is only trusted, and only ever run, once the hash of the whole download matches.
node::fetch_verified() {
  local url="$1" sha256="$2" dir="$3" scratch="$4" decompress
  decompress="$(node::decompressor "${url}")" || {
    echo "name"
    return 1
  }
  mkfifo "${scratch}/hash.fifo"
  sha256sum <"${scratch}/hash.fifo" >"${scratch}/hash" &
  local hasher=$! statuses
  curl --fail --silent --show-error --location \
    --connect-timeout "${CURL_CONNECT_TIMEOUT:-10}" --max-time "${CURL_TIMEOUT:-300}" \
    --retry 3 --retry-connrefused --retry-delay 1 "${url}" |
    tee -p "${scratch}/hash.fifo" |
    ${decompress} 2>/dev/null |
    tar --extract --directory "${dir}" --wildcards --occurrence=1 --strip-components=2 '*/bin/node' 2>/dev/null
  statuses=("${PIPESTATUS[@]}")
  wait "${hasher}" || true
  rm -f "${scratch}/hash.fifo"
  if ((statuses[0] != 0)); then
    echo "download"
    return 1
  fi
  local actual
  actual="$(cut -d ' ' -f 1 "${scratch}/hash")"
  if [[ "${actual}" != "${sha256}" ]]; then
    rm -f "${dir}/node"
    echo "hash ${actual}"
    return 1
  fi
  # The decompressor may have been cut off (SIGPIPE) once tar had what it needed; tar's own status counts.
  if ((statuses[3] != 0)) || [[ ! -x "${dir}/node" ]]; then
    echo "layout"
    return 1
  fi
}

# Room a kept Node.js must leave free in CACHE_DIR: the other cache parts (the Python tree first) come after it.
NODE_KEEP_MARGIN_BYTES=$((64 * 1024 * 1024))

# node::keep BINARY STORE SHA256 VERSION: keeps the verified BINARY as STORE/node with its stamp, written
# last, when CACHE_DIR has room for it; prints why not (one line) and returns 1 otherwise, leaving nothing
# in STORE that a later build trusts. A hard link when the temp dir is on the cache's filesystem (no copy).
node::keep() {
  local binary="$1" store="$2" sha256="$3" version="$4" size free incoming="" identity
  local not_kept="Node.js was not kept in the build cache"
  size="$(stat -c %s "${binary}")"
  free="$(df -B1 --output=avail "${store}" 2>/dev/null | tail -n 1)" || free=""
  free="${free//[[:space:]]/}"
  if [[ ! "${free}" =~ ^[0-9]+$ ]] || ! incoming="$(mktemp -d "${store}/incoming.XXXXXX" 2>/dev/null)"; then
    echo "${not_kept} (CACHE_DIR/pyslug/node can't be written); the next build downloads it again."
    return 1
  fi
  # A link takes no room the build doesn't use already.
  ln "${binary}" "${incoming}/node" 2>/dev/null && size=0
  if ((free - size < NODE_KEEP_MARGIN_BYTES)); then
    rm -rf "${incoming}"
    echo "${not_kept}: CACHE_DIR has $((free / 1048576)) MB free, too little for its $((size / 1048576)) MB and the rest of the cache; the next build downloads it again."
    return 1
  fi
  # The binary goes in first, the stamp that vouches for it last (renamed into place): a build killed
  # in between leaves a binary without a stamp, which the next build discards. The binary's mtime is
  # set to now, before the stamp is written: anything that writes to it later makes it newer than its
  # stamp. The stamp also records its size and mtime, for whoever looks at the cache.
  if { ((size == 0)) || cp "${binary}" "${incoming}/node" 2>/dev/null; } &&
    touch "${incoming}/node" 2>/dev/null &&
    identity="$(stat -c '%s %Y' "${incoming}/node" 2>/dev/null)" &&
    mv -f "${incoming}/node" "${store}/node" 2>/dev/null &&
    printf 'archive=%s\nkept=%s\nversion=%s\n' "${sha256}" "${identity}" "${version}" >"${store}/node.stamp.partial" 2>/dev/null &&
    mv -f "${store}/node.stamp.partial" "${store}/node.stamp" 2>/dev/null; then
    rmdir "${incoming}" 2>/dev/null || true
    return 0
  fi
  rm -rf "${incoming}" "${store}/node" "${store}/node.stamp.partial" "${store}/node.stamp" 2>/dev/null || true
  echo "${not_kept}: writing it failed (CACHE_DIR full?); the next build downloads it again."
  return 1
}

# node::prepare VAR BUILDPACK_DIR CACHE_DIR ENV_DIR TMP_DIR: sets VAR to the path of a verified node binary.
# TMP_DIR must not exist: it is made when Node.js has to be downloaded (the caller removes it at exit).
# Runs in the shim's own process (no subshell): from the cache, it starts no process of its own.
node::prepare() {
  local -n _node_bin="$1"
  local buildpack_dir="$2" cache_dir="$3" env_dir="$4" tmp_dir="$5"
  local inventory="${buildpack_dir}/inventory/node.env"
  local version="" url sha256 arch started="${EPOCHREALTIME}" key value
  local -A pinned=()

  while IFS='=' read -r key value; do
    [[ "${key}" =~ ^[A-Za-z0-9_]+$ ]] && pinned["${key}"]="${value}"
  done <"${inventory}"
  version="${pinned[NODE_VERSION]:-}"
  node::arch arch
  node::setting url PYSLUG_NODE_URL "${env_dir}"
  node::setting sha256 PYSLUG_NODE_SHA256 "${env_dir}"
  sha256="${sha256//[[:space:]]/}"
  if [[ -n "${url}" && -z "${sha256}" ]] || [[ -z "${url}" && -n "${sha256}" ]]; then
    node::fail "PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 must be set together." \
      "pyslug only runs a Node.js archive it can verify. Set both (the archive's URL and its SHA-256)," \
      "or unset both to use the pinned Node.js ${version} from inventory/node.env."
  fi
  if [[ -z "${url}" ]]; then
    url="${pinned[NODE_URL_${arch}]:-}"
    sha256="${pinned[NODE_SHA256_${arch}]:-}"
    [[ -n "${url}" ]] || node::fail "pyslug has no Node.js build for the '${arch}' architecture." \
      "Set PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 to a Node.js ${version} archive for this machine."
  fi
  if [[ ! "${sha256}" =~ ^[0-9a-fA-F]{64}$ ]]; then
    node::fail "PYSLUG_NODE_SHA256 is not a SHA-256 digest (64 hexadecimal characters)." \
      "Set it to the SHA-256 of the archive PYSLUG_NODE_URL names (sha256sum prints it; Node.js publishes SHASUMS256.txt)."
  fi
  sha256="${sha256,,}"

  # Kept in the cache: the verified node binary itself, uncompressed, so that a build starts it
  # from where it lies (no decompression, no copy), plus a stamp written last naming the archive it
  # came from, the kept binary's size and mtime, and its version. The archive's SHA-256, checked when
  # the binary was kept, is what makes it trusted. That nothing rewrote or truncated it since is shown
  # by its mtime: no later than the stamp's (bash's own -nt, where a checksum would read 120 MB and a
  # stat(1) would cost a process start, slower than the rest of this function together on a small VM).
  # Anything that doesn't check out is downloaded and verified again.
  local store="${cache_dir}/pyslug/node"
  local kept="${store}/node" stamp="${store}/node.stamp"

  local source="cached" node_version="" kept_archive="" kept_identity=""
  if [[ -f "${stamp}" && -x "${kept}" ]]; then
    while IFS='=' read -r key value; do
      case "${key}" in
        archive) kept_archive="${value}" ;;
        kept) kept_identity="${value}" ;;
        version) node_version="${value}" ;;
      esac
    done <"${stamp}"
  fi
  # Why the kept binary can't be used ("none": there is none), said in the log as the other cache parts do.
  local discarded=""
  if [[ ! -f "${stamp}" || ! -x "${kept}" ]]; then
    discarded="none"
    if [[ -e "${store}/node.zst" ]]; then
      discarded="it was saved by an older pyslug"
    elif [[ -e "${stamp}" || -e "${kept}" || -e "${stamp}.partial" ]] || compgen -G "${store}/incoming.*" >/dev/null; then
      # The binary goes in before the stamp that vouches for it: a build killed in between leaves one of them.
      discarded="it was not saved completely"
    fi
  elif [[ "${kept_archive}" != "${sha256}" ]]; then
    discarded="it came from another Node.js archive"
  elif [[ -z "${kept_identity}" ]]; then
    # Stamps before this one recorded a CRC instead of the size and mtime.
    discarded="it was saved by an older pyslug"
  elif [[ -z "${node_version}" ]]; then
    discarded="its stamp is incomplete"
  elif [[ "${kept}" -nt "${stamp}" ]]; then
    discarded="its binary was modified after it was saved"
  fi
  local chosen="${kept}" warning=""
  if [[ -n "${discarded}" ]]; then
    source="downloaded"
    # Untrusted from here until the new stamp is written (a build killed halfway leaves nothing trusted).
    rm -rf "${stamp}" "${kept}" "${store}/node.zst" "${store}"/incoming.* 2>/dev/null || true
    mkdir -p "${store}" 2>/dev/null || true
    # The temp dir is new (mkdir fails on anything already there) and only this build's user can read it.
    mkdir -m 700 "${tmp_dir}" 2>/dev/null ||
      node::fail "Could not create a temporary directory for Node.js: ${tmp_dir}." "Check that TMPDIR (or /tmp) is writable."
    # Extracted into the build's temp dir, never into the cache: a CACHE_DIR without room for Node
    # costs the next build a download, never this build.
    local fresh="${tmp_dir}/fresh" failure
    mkdir -p "${fresh}"
    if ! failure="$(node::fetch_verified "${url}" "${sha256}" "${fresh}" "${tmp_dir}")"; then
      rm -rf "${fresh}"
      case "${failure}" in
        name)
          node::fail "PYSLUG_NODE_URL must name a .tar.xz or .tar.gz archive: $(node::redact "${url}")." \
            "pyslug needs an official Node.js Linux archive (.tar.gz or .tar.xz)."
          ;;
        download)
          node::fail "Could not download Node.js from $(node::redact "${url}")." \
            "Check the network, or set PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 to a mirror you can reach."
          ;;
        hash*)
          node::fail "The Node.js archive from $(node::redact "${url}") failed verification." \
            "Expected SHA-256 ${sha256}" "but got      ${failure#hash }." \
            "The download is corrupt or the mirror serves another file; nothing was kept. Fix PYSLUG_NODE_URL or PYSLUG_NODE_SHA256."
          ;;
        *)
          node::fail "The Node.js archive from $(node::redact "${url}") has no node-v*/bin/node." \
            "pyslug needs an official Node.js Linux archive (.tar.gz or .tar.xz)."
          ;;
      esac
    fi
    node_version="$("${fresh}/node" --version 2>/dev/null)" || {
      rm -rf "${fresh}"
      node::fail "The Node.js binary from $(node::redact "${url}") does not run on this machine (${arch})."
    }
    chosen="${fresh}/node"
    warning="$(node::keep "${chosen}" "${store}" "${sha256}" "${node_version}")" && chosen="${kept}"
  fi

  local elapsed=$((${EPOCHREALTIME//[!0-9]/} - ${started//[!0-9]/}))
  printf -- '-----> pyslug (Node.js %s, %s, verified, %d.%02ds)\n' "${node_version#v}" "${source}" \
    $((elapsed / 1000000)) $((elapsed % 1000000 / 10000)) >&2
  [[ -z "${discarded}" || "${discarded}" == "none" ]] || echo "       Discarded the cached Node.js: ${discarded}" >&2
  [[ -z "${warning}" ]] || echo " !     Warning: ${warning}" >&2
  _node_bin="${chosen}"
}
