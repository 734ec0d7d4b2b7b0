import path from "node:path";
import fs from "fs-extra";
import { pythonHome, type BuildContext } from "../context.js";
import { shellSplit } from "../dependencies/pip/shlex.js";
import { isRecord } from "../dependencies/pipenv/lock-file.js";
import { parsePipfile, readPipfileText } from "../dependencies/pipenv/pipfile-hash.js";
import { installedVersion } from "../runtime/installed.js";
import { shellQuote } from "../runtime/env-vars.js";

/** Where the command lives: on PATH in dynos, hooks and later buildpacks, like the Python it runs. */
export const PIPENV_COMMAND = path.join(".heroku", "python", "bin", "pipenv");

/** `[scripts]` of the Pipfile: name → command words, or a reason the script can't run here. Pure. */
export function pipfileScripts(pipfileText: string): Map<string, string[] | { unsupported: string }> {
  const scripts = new Map<string, string[] | { unsupported: string }>();
  const table = parsePipfile(pipfileText)["scripts"];
  if (!isRecord(table)) return scripts;
  for (const [name, value] of Object.entries(table)) {
    if (typeof value !== "string") {
      scripts.set(name, { unsupported: "it isn't a command line (pyslug runs only string scripts)" });
      continue;
    }
    try {
      const words = shellSplit(value);
      scripts.set(name, words.length ? words : { unsupported: "it is empty" });
    } catch (error) {
      scripts.set(name, { unsupported: `it can't be split into words (${(error as Error).message})` });
    }
  }
  return scripts;
}

/**
 * A `pipenv` command that supports only `pipenv run COMMAND [ARGS...]` (and the Pipfile's string
 * scripts), running it with the app's Python first on PATH. Pipenv itself isn't installed: pyslug
 * installs Pipfile.lock with pip. Pure.
 */
/** A word in double quotes with what bash would expand escaped: the script's words are literal, as Pipenv passes them. */
function literalWord(word: string): string {
  return `"${word.replace(/["$`\\]/g, "\\$&")}"`;
}

export function pipenvCommandScript(scripts: Map<string, string[] | { unsupported: string }>): string {
  const cases = [...scripts.entries()]
    .filter(([name]) => /^[A-Za-z0-9_.:-]+$/.test(name))
    .map(([name, words]) =>
      Array.isArray(words)
        ? `  ${shellQuote(name)}) shift; set -- ${words.map(literalWord).join(" ")} "$@" ;;`
        : `  ${shellQuote(name)}) fail "the Pipfile script '${name}' can't run here: ${words.unsupported.replace(/["$`\\]/g, "\\$&")}" ;;`,
    );
  return `#!/usr/bin/env bash
# Written by pyslug. Pipenv isn't installed: pyslug installs Pipfile.lock with pip. This command
# supports only 'pipenv run COMMAND [ARGS...]' (and the Pipfile's scripts), for Procfiles and hooks.
set -euo pipefail
fail() {
  echo "pipenv: $1" >&2
  exit 1
}
usage="pyslug installs Pipfile.lock with pip and doesn't ship Pipenv: only 'pipenv run COMMAND [ARGS...]' works here."
if [[ $# -lt 1 ]]; then fail "$usage"; fi
if [[ "$1" != "run" ]]; then fail "'pipenv $1' isn't supported. $usage"; fi
shift
if [[ $# -lt 1 ]]; then fail "'run' needs a command. $usage"; fi
# The app's environment: this Python first, whatever PATH the caller has.
here="\${BASH_SOURCE[0]%/*}"
case ":\${PATH:-}:" in *":$here:"*) ;; *) export PATH="$here\${PATH:+:$PATH}" ;; esac
lib="\${here%/bin}/lib"
case ":\${LD_LIBRARY_PATH:-}:" in *":$lib:"*) ;; *) export LD_LIBRARY_PATH="$lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ;; esac
case "$1" in
${cases.join("\n")}${cases.length ? "\n" : ""}  *) ;;
esac
exec "$@"
`;
}

/** Writes the command for a Pipenv app, unless the lock installed the real Pipenv. */
export async function writePipenvCommand(ctx: BuildContext): Promise<void> {
  const file = path.join(ctx.buildDir, PIPENV_COMMAND);
  if ((await installedVersion(pythonHome(ctx), "pipenv")) !== undefined) {
    ctx.log.info("Pipfile.lock installs Pipenv itself: its own pipenv command is on PATH");
    return;
  }
  const scripts = pipfileScripts(await readPipfileText(ctx.buildDir));
  await fs.writeFile(file, pipenvCommandScript(scripts), { mode: 0o755 });
  ctx.log.info(`Wrote ${PIPENV_COMMAND}: 'pipenv run COMMAND' works in the Procfile, hooks and later buildpacks`);
}
