import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";

export const DYNO_DEFAULTS_SCRIPT = path.join(".profile.d", "pyslug-defaults.sh");

/** Memory below this (1 MiB) or above this (1 TiB) is not a real limit (cgroup v1 says "unlimited" with a huge number). */
const MIN_MEMORY = 1_048_576;
const MAX_MEMORY = 1_099_511_627_776;

/**
 * The .profile.d script with what Python web apps expect of a dyno, as Heroku's Python buildpack
 * provides it: WEB_CONCURRENCY from the dyno's CPUs and memory (a config var wins), DYNO_RAM,
 * gunicorn's defaults, and Python's own PYTHONHOME. Sourced by bash at every dyno start: bash
 * builtins only (no subprocess, a fraction of a millisecond), and every command succeeds, so it
 * is safe under herokuish's `set -eo pipefail` and nullglob. Pure.
 */
export function dynoDefaultsScript(): string {
  return `# Written by pyslug: defaults for Python web apps in every dyno. Config vars override all but PYTHONHOME.
# Sourced at dyno start: bash builtins only; safe under 'set -eo pipefail' and nullglob (herokuish).

# Python finds its own prefix, whatever PYTHONHOME a config var left from another setup says.
export PYTHONHOME="$HOME/.heroku/python"
# The app root first on Python's path, then the config var's entries.
if [[ ":\${PYTHONPATH:-}:" != ":$HOME:"* ]]; then
  export PYTHONPATH="$HOME\${PYTHONPATH:+:\${PYTHONPATH}}"
fi
# gunicorn: trust the router's X-Forwarded-* headers, log requests to stdout.
export FORWARDED_ALLOW_IPS="\${FORWARDED_ALLOW_IPS:-*}"
export GUNICORN_CMD_ARGS="\${GUNICORN_CMD_ARGS:---access-logfile -}"

__pyslug_web_concurrency() {
  local memory="" cpus=0 allowed="" status range first last by_cpu by_memory workers
  # The dyno's memory limit: cgroup v2, else v1.
  if [[ -r /sys/fs/cgroup/memory.max ]]; then
    read -r memory </sys/fs/cgroup/memory.max || true
  elif [[ -r /sys/fs/cgroup/memory/memory.limit_in_bytes ]]; then
    read -r memory </sys/fs/cgroup/memory/memory.limit_in_bytes || true
  fi
  # "max", garbage and absurd sizes say nothing about the dyno.
  if [[ ! "$memory" =~ ^[0-9]{1,15}$ ]] || ((memory < ${MIN_MEMORY} || memory > ${MAX_MEMORY})); then
    memory=""
  fi
  # The CPUs this process may run on (what nproc counts), e.g. "0-3,6".
  mapfile -t status </proc/self/status || true
  if [[ "\${status[*]}" =~ Cpus_allowed_list:[[:space:]]*([0-9,-]+) ]]; then allowed="\${BASH_REMATCH[0]#*:}"; fi
  allowed="\${allowed//[[:space:]]/}"
  while [[ -n "$allowed" ]]; do
    range="\${allowed%%,*}"
    if [[ "$allowed" == *,* ]]; then allowed="\${allowed#*,}"; else allowed=""; fi
    first="\${range%-*}"
    last="\${range#*-}"
    if [[ "$first" =~ ^[0-9]+$ && "$last" =~ ^[0-9]+$ ]] && ((last >= first)); then
      cpus=$((cpus + last - first + 1))
    fi
  done
  if ((cpus < 1)); then cpus=1; fi

  by_cpu=$((cpus * 2 + 1))
  workers=$by_cpu
  if [[ -n "$memory" ]]; then
    export DYNO_RAM=$((memory / 1048576))
    by_memory=$((DYNO_RAM / 256))
    if ((by_memory < 1)); then by_memory=1; fi
    if ((by_memory < workers)); then workers=$by_memory; fi
  fi
  if [[ -n "\${WEB_CONCURRENCY:-}" && "\${WEB_CONCURRENCY_SET_BY:-}" != "pyslug" ]]; then
    return 0
  fi
  export WEB_CONCURRENCY=$workers WEB_CONCURRENCY_SET_BY=pyslug
  if [[ "\${DYNO:-}" == web.* ]]; then
    if [[ -n "$memory" ]]; then
      echo "pyslug: WEB_CONCURRENCY=$workers, the lower of $cpus CPUs x 2 + 1 and $DYNO_RAM MB / 256 MB (set the config var WEB_CONCURRENCY to choose)" >&2
    else
      echo "pyslug: WEB_CONCURRENCY=$workers, $cpus CPUs x 2 + 1 (no memory limit found; set the config var WEB_CONCURRENCY to choose)" >&2
    fi
  fi
  return 0
}
__pyslug_web_concurrency
unset -f __pyslug_web_concurrency
`;
}

export async function writeDynoDefaults(ctx: BuildContext): Promise<void> {
  const file = path.join(ctx.buildDir, DYNO_DEFAULTS_SCRIPT);
  await fs.ensureDir(path.dirname(file));
  await fs.writeFile(file, dynoDefaultsScript());
  ctx.log.info(`Wrote ${DYNO_DEFAULTS_SCRIPT} (WEB_CONCURRENCY, DYNO_RAM, gunicorn defaults)`);
}
