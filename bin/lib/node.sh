#!/usr/bin/env bash
# Bootstraps the pinned Node.js for bin/compile. Sourced; defines node::* functions.
# Prints progress on stderr (the build log); node::prepare prints the node binary path on stdout.

node::say() { echo "$*" >&2; }
node::fail() {
  echo " !     $1" >&2
  shift
  local line
  for line in "$@"; do echo " !     ${line}" >&2; done
  exit 1
}

# A URL as it may be shown: any user:password@ part replaced.
node::redact() { sed -E 's#(://)[^/@]*@#\1***@#' <<<"$1"; }

# node::setting NAME ENV_DIR: the value from ENV_DIR/NAME (a config var) or else the environment.
node::setting() {
  local name="$1" env_dir="$2"
  if [[ -n "${env_dir}" && -f "${env_dir}/${name}" ]]; then
    cat "${env_dir}/${name}"
  else
    printf '%s' "${!name:-}"
  fi
}

node::arch() {
  local arch
  arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
  case "${arch}" in
    amd64 | x86_64) echo amd64 ;;
    arm64 | aarch64) echo arm64 ;;
    *) echo "${arch}" ;;
  esac
}

node::sha256() { sha256sum "$1" | cut -d ' ' -f 1; }

node::download() {
  local url="$1" dest="$2"
  curl --fail --silent --show-error --location \
    --connect-timeout "${CURL_CONNECT_TIMEOUT:-10}" --max-time "${CURL_TIMEOUT:-300}" \
    --retry 3 --retry-connrefused --retry-delay 1 \
    --output "${dest}" "${url}"
}

# node::prepare BUILDPACK_DIR CACHE_DIR ENV_DIR TMP_DIR -> prints the path of a verified node binary.
node::prepare() {
  local buildpack_dir="$1" cache_dir="$2" env_dir="$3" tmp_dir="$4"
  local inventory="${buildpack_dir}/inventory/node.env"
  local version url sha256 arch started="${EPOCHREALTIME}"

  version="$(sed -n 's/^NODE_VERSION=//p' "${inventory}")"
  arch="$(node::arch)"
  url="$(node::setting PYSLUG_NODE_URL "${env_dir}")"
  sha256="$(node::setting PYSLUG_NODE_SHA256 "${env_dir}")"
  sha256="${sha256//[[:space:]]/}"
  if [[ -n "${url}" && -z "${sha256}" ]] || [[ -z "${url}" && -n "${sha256}" ]]; then
    node::fail "PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 must be set together." \
      "pyslug only runs a Node.js archive it can verify. Set both (the archive's URL and its SHA-256)," \
      "or unset both to use the pinned Node.js ${version} from inventory/node.env."
  fi
  if [[ -z "${url}" ]]; then
    url="$(sed -n "s/^NODE_URL_${arch}=//p" "${inventory}")"
    sha256="$(sed -n "s/^NODE_SHA256_${arch}=//p" "${inventory}")"
    [[ -n "${url}" ]] || node::fail "pyslug has no Node.js build for the '${arch}' architecture." \
      "Set PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 to a Node.js ${version} archive for this machine."
  fi
  if [[ ! "${sha256}" =~ ^[0-9a-fA-F]{64}$ ]]; then
    node::fail "PYSLUG_NODE_SHA256 is not a SHA-256 digest (64 hexadecimal characters)."
  fi
  sha256="${sha256,,}"

  # Kept in the cache: the verified node binary, zstd-compressed (decompresses in a fraction of the
  # time xz takes), plus a stamp naming the archive it came from and its own digest. Reused only
  # when both still check out; anything else is downloaded and verified again.
  local store="${cache_dir}/pyslug/node"
  local kept="${store}/node.zst" stamp="${store}/node.stamp"
  mkdir -p "${store}"

  local source="cached"
  if [[ -f "${kept}" && -f "${stamp}" ]] &&
    [[ "$(sed -n 's/^archive=//p' "${stamp}")" == "${sha256}" ]] &&
    [[ "$(sed -n 's/^binary=//p' "${stamp}")" == "$(node::sha256 "${kept}")" ]] &&
    zstd --quiet --decompress --force "${kept}" -o "${tmp_dir}/node" 2>/dev/null; then
    chmod +x "${tmp_dir}/node"
  else
    source="downloaded"
    rm -f "${stamp}" "${kept}"
    local archive="${tmp_dir}/node-archive"
    if ! node::download "${url}" "${archive}"; then
      node::fail "Could not download Node.js from $(node::redact "${url}")." \
        "Check the network, or set PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 to a mirror you can reach."
    fi
    local actual
    actual="$(node::sha256 "${archive}")"
    if [[ "${actual}" != "${sha256}" ]]; then
      node::fail "The Node.js archive from $(node::redact "${url}") failed verification." \
        "Expected SHA-256 ${sha256}" "but got      ${actual}." \
        "The download is corrupt or the mirror serves another file; nothing was kept. Fix PYSLUG_NODE_URL or PYSLUG_NODE_SHA256."
    fi
    # Official layout: node-v<version>-linux-<arch>/bin/node, gzip or xz (tar detects which).
    if ! tar --extract --file "${archive}" --directory "${tmp_dir}" --wildcards --strip-components=2 '*/bin/node' 2>/dev/null ||
      [[ ! -x "${tmp_dir}/node" ]]; then
      node::fail "The Node.js archive from $(node::redact "${url}") has no node-v*/bin/node." \
        "pyslug needs an official Node.js Linux archive (.tar.gz or .tar.xz)."
    fi
    rm -f "${archive}"
    if zstd --quiet --force -3 "${tmp_dir}/node" -o "${kept}.partial" 2>/dev/null; then
      mv -f "${kept}.partial" "${kept}"
      printf 'archive=%s\nbinary=%s\n' "${sha256}" "$(node::sha256 "${kept}")" >"${stamp}.partial"
      mv -f "${stamp}.partial" "${stamp}"
    else
      rm -f "${kept}.partial"
    fi
  fi

  local node_version
  node_version="$("${tmp_dir}/node" --version 2>/dev/null)" || node::fail "The Node.js binary from $(node::redact "${url}") does not run on this machine (${arch})."

  local elapsed
  elapsed="$(awk -v a="${started}" -v b="${EPOCHREALTIME}" 'BEGIN { printf "%.2f", b - a }')"
  node::say "-----> pyslug (Node.js ${node_version#v}, ${source}, verified, ${elapsed}s)"
  echo "${tmp_dir}/node"
}
