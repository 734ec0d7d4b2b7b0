import { readBuildState, writeBuildState } from "./cache/build-state.js";
import { CacheSaves } from "./cache/best-effort-save.js";
import type { BuildContext } from "./context.js";
import { readIndexConfig, withSecrets } from "./dependencies/index-config.js";
import type { DependencyPlan } from "./dependencies/plan.js";
import { dependencyPlan, planTarget } from "./dependencies/dependency-plan.js";
import { checkVersionFiles } from "./dependencies/version-files.js";
import { seconds } from "./support/log.js";
import { choosePackageManager } from "./dependencies/package-manager.js";
import { loadPythonInventory } from "./runtime/inventory.js";
import { detectPlatform } from "./support/platform.js";
import { checkAppFiles } from "./steps/check-app-files.js";
import { checkBuildEnvironment } from "./steps/check-environment.js";
import { choosePythonVersion } from "./steps/choose-python-version.js";
import { installDependencies, type InstalledEnvironment } from "./steps/install-dependencies.js";
import { installPython, runtimeUrlTemplate } from "./steps/install-python.js";
import { openPipCache, savePipCache } from "./cache/pip-cache.js";
import { collectStatic } from "./steps/collectstatic.js";
import { downloadNltkData, readNltkTxt } from "./steps/download-nltk-data.js";
import { writeDynoDefaults } from "./steps/dyno-defaults.js";
import { writePipenvCommand } from "./steps/pipenv-command.js";
import { keepAfterFailure } from "./steps/keep-after-failure.js";
import { runHook } from "./steps/run-hook.js";
import { recordBuildPaths } from "./steps/relocate-paths.js";
import { useBuildEnvironment, writeEnvironment } from "./steps/write-environment.js";

/** The whole build, one step after another, as the log prints it. */
export async function compile(ctx: BuildContext): Promise<void> {
  const { log } = ctx;
  const previous = await readBuildState(ctx.cacheRoot);
  const inventory = await loadPythonInventory(ctx.buildpackDir);
  const platform = await detectPlatform(ctx.env["STACK"], runtimeUrlTemplate(ctx).custom);
  const index = readIndexConfig(ctx.config);
  const checked = checkBuildEnvironment(ctx.env);
  ctx.env = checked.env;
  for (const warning of checked.warnings) log.warn(warning);

  await runHook(ctx, "pre_compile");

  // Everything the app's files say is checked before anything is downloaded.
  await checkAppFiles(ctx.buildDir);
  const nltkTxt = await readNltkTxt(ctx.buildDir);
  const manager = await choosePackageManager(ctx.buildDir);
  await checkVersionFiles(manager, ctx.buildDir, inventory.defaultMinor);
  const python = await log.timed("version", "Choosing the Python version", () =>
    choosePythonVersion(ctx, inventory, previous.stack === platform.stack ? previous.pythonMinor : undefined),
  );
  const plan: DependencyPlan = await dependencyPlan(manager, ctx, planTarget(python, platform, inventory));
  const pipIndex = withSecrets(index, plan.secrets ?? []);

  // Saving the cache never fails the build: a failed save is one warning, and the part isn't trusted.
  const saves = new CacheSaves(log, ctx.cacheDir);
  const tree = await log.timed("runtime", `Installing Python ${python.version}`, async () => {
    const installed = await installPython(ctx, platform, python, inventory);
    // A new runtime is kept before anything is installed in it, so a build that fails later doesn't download it again.
    if (!installed.reused) await log.measure("cacheSave", () => installed.keepRuntime(saves));
    return installed;
  });
  useBuildEnvironment(ctx);

  let environment: InstalledEnvironment | undefined;
  /** From when on every write into the tree has a later inode change time (see PythonTree.writable). */
  let writesAfter: number | undefined;
  let pipBytes = 0;
  try {
    const pipCache = await openPipCache(ctx, platform);
    try {
      environment = await log.timed("dependencies", `Installing dependencies from ${plan.label} with pip ${inventory.pip}`, () =>
        installDependencies(ctx, platform, tree, plan, inventory.pip, pipIndex, pipCache),
      );
    } finally {
      // pip writes its cache entries atomically: what a failed install downloaded stays useful.
      await log.measure("cacheSave", () =>
        saves.run(async () => {
          pipBytes = await savePipCache(ctx, pipCache);
        }),
      );
    }

    // What follows may write into the tree (hooks, collectstatic, NLTK): the cache's copy of it must be whole first.
    writesAfter = await tree.writable();
    if (manager === "pipenv") await writePipenvCommand(ctx);
    const nltkEnv = await downloadNltkData(ctx, nltkTxt, saves, pipIndex.secrets);
    await collectStatic(ctx, pipIndex.secrets);
    await log.timed("environment", "Writing the environment for later buildpacks and dynos", async () => {
      await writeEnvironment(ctx, nltkEnv);
      await writeDynoDefaults(ctx);
    });
    await runHook(ctx, "post_compile");
  } catch (error) {
    await keepAfterFailure(ctx, tree, saves, environment?.metadata);
    throw error;
  }

  // Last, when every tool that writes paths has run: what holds the build dir, for dyno start and the next build.
  const buildPaths = await log.timed("relocation", "Recording build paths for relocation at dyno start", () =>
    recordBuildPaths(ctx, tree.restoredFrom && { ...tree.restoredFrom, writesAfter }),
  );

  await log.timed("cacheSave", "Saving the build cache", async () => {
    const saved =
      (await saves.run(
        () => tree.save(environment.metadata, buildPaths.files, buildPaths.treeDirs),
        () => tree.discardSaved(),
      )) && (await saves.run(() => writeBuildState(ctx.cacheRoot, { pythonMinor: python.minor, stack: platform.stack })));
    if (saved) {
      await tree.verifySaved();
      log.info(`Saved Python ${tree.runtime.version} with its environment, and the pip cache (${(pipBytes / 1048576).toFixed(1)} MB)`);
    } else log.info("Not saved (see the warning above)");
  });
}

/** One line that says where the time went; the share of each part is what the closing note measures. */
export function timingSummary(
  timings: Record<string, number>,
  nodeStartupMs: number | undefined,
  totalMs: number,
  peakMemoryBytes?: number,
): string {
  const parts: string[] = [];
  if (nodeStartupMs !== undefined) parts.push(`Node.js start-up ${seconds(nodeStartupMs)}`);
  if (timings["runtime"] !== undefined) parts.push(`Python runtime ${seconds(timings["runtime"])}`);
  if (timings["dependencies"] !== undefined) {
    const pip = timings["pipBootstrap"];
    parts.push(`dependencies ${seconds(timings["dependencies"])}${pip !== undefined ? ` of which pip bootstrap ${seconds(pip)}` : ""}`);
  }
  if (timings["relocation"] !== undefined) parts.push(`recording build paths ${seconds(timings["relocation"])}`);
  if (timings["cacheRestore"] !== undefined) parts.push(`cache restore ${seconds(timings["cacheRestore"])}`);
  if (timings["cacheSave"] !== undefined) parts.push(`cache save ${seconds(timings["cacheSave"])}`);
  if (peakMemoryBytes !== undefined) parts.push(`peak memory ${Math.round(peakMemoryBytes / 1048576)} MB`);
  return `Done in ${seconds(totalMs)}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
