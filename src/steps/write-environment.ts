import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { applyEnv, buildOnlyEnvVars, envScriptLines, pythonEnvVars, shellQuote, type EnvVar } from "../runtime/env-vars.js";

export const PROFILE_SCRIPT = path.join(".profile.d", "pyslug-python.sh");

/** Makes Python usable by the rest of this compile (PATH, LD_LIBRARY_PATH, ...). */
export function useBuildEnvironment(ctx: BuildContext): void {
  ctx.env = applyEnv(ctx.env, [...pythonEnvVars(), ...buildOnlyEnvVars()], ctx.buildDir);
}

/** The `export` file: later buildpacks of this build get Python at its build-dir paths (and `extra`, e.g. NLTK_DATA). */
export function exportScript(buildDir: string, extra: EnvVar[] = []): string {
  return [
    "# Written by pyslug: Python for the buildpacks that run after it in this build.",
    ...envScriptLines([...pythonEnvVars(), ...extra], shellQuote(buildDir)),
    "",
  ].join("\n");
}

/** The .profile.d script: Python in every dyno, wherever the slug is mounted ($HOME) (and `extra`, e.g. NLTK_DATA). */
export function profileScript(extra: EnvVar[] = []): string {
  return [
    "# Written by pyslug: Python for every dyno (web, worker, one-off, release).",
    "# Sourced by bash at dyno start; must work under 'set -eo pipefail' and nullglob (herokuish).",
    ...envScriptLines([...pythonEnvVars(), ...extra], '"$HOME"'),
    "",
  ].join("\n");
}

/** Writes both, with the variables of `extra` (steps that put more in the slug, e.g. NLTK data) after Python's. */
export async function writeEnvironment(ctx: BuildContext, extra: EnvVar[] = []): Promise<void> {
  const profile = path.join(ctx.buildDir, PROFILE_SCRIPT);
  await fs.ensureDir(path.dirname(profile));
  await fs.writeFile(profile, profileScript(extra));
  ctx.log.info(`Wrote ${PROFILE_SCRIPT} (dynos)`);

  const exportFile = path.join(ctx.buildpackDir, "export");
  try {
    await fs.writeFile(exportFile, exportScript(ctx.buildDir, extra));
    ctx.log.info("Wrote export (later buildpacks)");
  } catch (error) {
    // Some runners keep the buildpack read-only; later buildpacks then just don't see Python.
    ctx.log.warn(
      `Could not write ${exportFile} (${(error as NodeJS.ErrnoException).code}): later buildpacks won't have Python on their PATH.`,
    );
  }
}
