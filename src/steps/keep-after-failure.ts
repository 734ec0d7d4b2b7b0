import type { CacheSaves } from "../cache/best-effort-save.js";
import type { EnvironmentMetadata, PythonTree } from "../cache/python-tree.js";
import { PYTHON_HOME, type BuildContext } from "../context.js";
import { scanTree } from "../relocation/scan.js";

/**
 * When a build fails after Python is in place, the next one shouldn't pay for that again. A restored
 * tree was moved out of the cache, so it is put back: with its environment when the install finished
 * (a failing collectstatic or hook doesn't make the installed packages wrong), else reset to the
 * runtime and pinned pip alone (a half-finished install is never kept). Never throws: the build's own
 * error is what the log must end with.
 */
export async function keepAfterFailure(
  ctx: BuildContext,
  tree: PythonTree,
  saves: CacheSaves,
  environment: EnvironmentMetadata | undefined,
): Promise<void> {
  // A new runtime is kept before anything writes into it (trusted here at the latest); with no finished environment
  // there is nothing to add.
  await tree.writable();
  if (!tree.reused && environment === undefined) return;
  const kept = await saves.run(
    async () => {
      if (environment === undefined) await tree.resetToPristine();
      const { text } = await scanTree([PYTHON_HOME], ctx.buildDir, { baseDir: ctx.buildDir });
      await tree.save(environment, text);
    },
    () => tree.discardSaved(),
  );
  if (kept) {
    const what = environment === undefined ? "without the environment this build didn't finish" : "with its environment";
    ctx.log.info(`Kept Python ${tree.runtime.version} for the next build, ${what}`);
  }
}
