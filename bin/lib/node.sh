#!/usr/bin/env bash
# Bootstraps the pinned Node.js for bin/compile. Sourced; defines node::* functions.
# Prints progress on stderr (the build log); node::prepare prints the node binary path on stdout:
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

# node::prepare BUILDPACK_DIR CACHE_DIR ENV_DIR TMP_DIR -> prints the path of a verified node binary.
node::prepare() {
  local buildpack_dir="$1" cache_dir="$2" env_dir="$3" tmp_dir="$4"
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
  # came from, its CRC and size, and its version. The archive's SHA-256 is what makes it trusted;
  # the CRC (cksum reads 120 MB in a few ms) guards the kept copy against truncation and bit rot.
  # Anything that doesn't check out is downloaded and verified again.
  local store="${cache_dir}/pyslug/node"
  local kept="${store}/node" stamp="${store}/node.stamp"
  mkdir -p "${store}"

  local source="cached" node_version="" kept_archive="" kept_crc=""
  if [[ -f "${stamp}" && -x "${kept}" ]]; then
    while IFS='=' read -r key value; do
      case "${key}" in
        archive) kept_archive="${value}" ;;
        binary) kept_crc="${value}" ;;
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
  elif [[ -z "${node_version}" ]]; then
    discarded="its stamp is incomplete"
  elif [[ "$(cksum <"${kept}" 2>/dev/null)" != "${kept_crc}" ]]; then
    discarded="its binary doesn't match the checksum recorded when it was saved"
  fi
  if [[ -n "${discarded}" ]]; then
    source="downloaded"
    # Untrusted from here until the new stamp is written (a build killed halfway leaves nothing trusted).
    rm -rf "${stamp}" "${kept}" "${store}/node.zst" "${store}"/incoming.*
    local incoming failure
    incoming="$(mktemp -d "${store}/incoming.XXXXXX")"
    if ! failure="$(node::fetch_verified "${url}" "${sha256}" "${incoming}" "${tmp_dir}")"; then
      rm -rf "${incoming}"
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
    node_version="$("${incoming}/node" --version 2>/dev/null)" || {
      rm -rf "${incoming}"
      node::fail "The Node.js binary from $(node::redact "${url}") does not run on this machine (${arch})."
    }
    mv -f "${incoming}/node" "${kept}"
    rmdir "${incoming}"
    printf 'archive=%s\nbinary=%s\nversion=%s\n' "${sha256}" "$(cksum <"${kept}")" "${node_version}" >"${stamp}.partial"
    mv -f "${stamp}.partial" "${stamp}"
  fi

  local elapsed=$((${EPOCHREALTIME//[!0-9]/} - ${started//[!0-9]/}))
  printf -- '-----> pyslug (Node.js %s, %s, verified, %d.%02ds)\n' "${node_version#v}" "${source}" \
    $((elapsed / 1000000)) $((elapsed % 1000000 / 10000)) >&2
  [[ -z "${discarded}" || "${discarded}" == "none" ]] || echo "       Discarded the cached Node.js: ${discarded}" >&2
  echo "${kept}"
}
