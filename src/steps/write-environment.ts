import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { applyEnv, buildOnlyEnvVars, envScriptLines, pythonEnvVars, shellQuote } from "../runtime/env-vars.js";

export const PROFILE_SCRIPT = path.join(".profile.d", "pyslug-python.sh");

/** Makes Python usable by the rest of this compile (PATH, LD_LIBRARY_PATH, ...). */
export function useBuildEnvironment(ctx: BuildContext): void {
  ctx.env = applyEnv(ctx.env, [...pythonEnvVars(), ...buildOnlyEnvVars()], ctx.buildDir);
}

/** The `export` file: later buildpacks of this build get Python at its build-dir paths. */
export function exportScript(buildDir: string): string {
  return [
    "# Written by pyslug: Python for the buildpacks that run after it in this build.",
    ...envScriptLines(pythonEnvVars(), shellQuote(buildDir)),
    "",
  ].join("\n");
}

/** The .profile.d script: Python in every dyno, wherever the slug is mounted ($HOME). */
export function profileScript(): string {
  return [
    "# Written by pyslug: Python for every dyno (web, worker, one-off, release).",
    "# Sourced by bash at dyno start; must work under 'set -eo pipefail' and nullglob (herokuish).",
    ...envScriptLines(pythonEnvVars(), '"$HOME"'),
    "",
  ].join("\n");
}

export async function writeEnvironment(ctx: BuildContext): Promise<void> {
  const profile = path.join(ctx.buildDir, PROFILE_SCRIPT);
  await fs.ensureDir(path.dirname(profile));
  await fs.writeFile(profile, profileScript());
  ctx.log.info(`Wrote ${PROFILE_SCRIPT} (dynos)`);

  const exportFile = path.join(ctx.buildpackDir, "export");
  try {
    await fs.writeFile(exportFile, exportScript(ctx.buildDir));
    ctx.log.info("Wrote export (later buildpacks)");
  } catch (error) {
    // Some runners keep the buildpack read-only; later buildpacks then just don't see Python.
    ctx.log.warn(
      `Could not write ${exportFile} (${(error as NodeJS.ErrnoException).code}): later buildpacks won't have Python on their PATH.`,
    );
  }
}
