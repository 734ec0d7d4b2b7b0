import { readBuildState, writeBuildState } from "./cache/build-state.js";
import { CachePart } from "./cache/cache-part.js";
import { pythonHome, type BuildContext } from "./context.js";
import { seconds } from "./log.js";
import { loadPythonInventory } from "./python-inventory.js";
import { detectPlatform } from "./stack.js";
import { choosePythonVersion } from "./steps/choose-python-version.js";
import { installPython, RUNTIME_PART, runtimeUrlTemplate, type RuntimeMetadata } from "./steps/install-python.js";
import { useBuildEnvironment, writeEnvironment } from "./steps/write-environment.js";

/** The whole build, one step after another, as the log prints it. */
export async function compile(ctx: BuildContext): Promise<void> {
  const { log } = ctx;
  const previous = await readBuildState(ctx.cacheRoot);
  const inventory = await loadPythonInventory(ctx.buildpackDir);
  const platform = await detectPlatform(ctx.env["STACK"], runtimeUrlTemplate(ctx).custom);

  const python = await log.timed("version", "Choosing the Python version", () =>
    choosePythonVersion(ctx, inventory, previous.stack === platform.stack ? previous.pythonMinor : undefined),
  );

  const runtime = await log.timed("runtime", `Installing Python ${python.version}`, () =>
    installPython(ctx, platform, python, inventory),
  );
  useBuildEnvironment(ctx);

  await log.timed("environment", "Writing the environment for later buildpacks and dynos", () => writeEnvironment(ctx));

  await log.timed("cacheSave", "Saving the build cache", async () => {
    await new CachePart<RuntimeMetadata>(ctx.cacheRoot, RUNTIME_PART).save(pythonHome(ctx), runtime.metadata);
    await writeBuildState(ctx.cacheRoot, { pythonMinor: python.minor, stack: platform.stack, buildDir: ctx.buildDir });
    log.info(`Saved Python ${runtime.version}`);
  });
}

/** One line that says where the time went; the share of each part is what the closing note measures. */
export function timingSummary(timings: Record<string, number>, nodeStartupMs: number | undefined, totalMs: number): string {
  const parts: string[] = [];
  if (nodeStartupMs !== undefined) parts.push(`Node.js start-up ${seconds(nodeStartupMs)}`);
  if (timings["runtime"] !== undefined) parts.push(`Python runtime ${seconds(timings["runtime"])}`);
  if (timings["cacheRestore"] !== undefined) parts.push(`cache restore ${seconds(timings["cacheRestore"])}`);
  if (timings["cacheSave"] !== undefined) parts.push(`cache save ${seconds(timings["cacheSave"])}`);
  return `Done in ${seconds(totalMs)}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
