import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile, timingSummary } from "./compile.js";
import { ConfigVars } from "./support/config-vars.js";
import type { BuildContext } from "./context.js";
import { isBuildError } from "./support/errors.js";
import { BuildLog } from "./support/log.js";

/** Entry point of dist/compile.mjs, started by bin/compile BUILD_DIR CACHE_DIR ENV_DIR. */
async function main(argv: string[]): Promise<number> {
  const log = new BuildLog();
  const [buildDir, cacheDir, envDir] = argv;
  if (!buildDir || !cacheDir) {
    log.error("usage: bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]");
    return 1;
  }
  const shimStarted = Number(process.env["PYSLUG_SHIM_STARTED_AT"]) * 1000;
  const startedAt = Number.isFinite(shimStarted) && shimStarted > 0 ? shimStarted : Date.now();
  // Until the compile program runs: the shim, Node's own start and loading this bundle.
  const nodeStartupMs = Number.isFinite(shimStarted) && shimStarted > 0 ? Date.now() - shimStarted : undefined;
  const buildpackDir = process.env["PYSLUG_BUILDPACK_DIR"] ?? path.dirname(path.dirname(fileURLToPath(import.meta.url)));

  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env["PYSLUG_SHIM_STARTED_AT"];
  delete env["PYSLUG_BUILDPACK_DIR"];

  const ctx: BuildContext = {
    buildDir: path.resolve(buildDir),
    cacheDir: path.resolve(cacheDir),
    envDir: envDir ? path.resolve(envDir) : undefined,
    buildpackDir,
    cacheRoot: path.join(path.resolve(cacheDir), "pyslug"),
    config: await ConfigVars.read(envDir),
    log,
    env,
  };
  try {
    await compile(ctx);
    // maxRSS is in kibibytes: the compile program's own peak (pip and Python run in their own processes).
    log.step(timingSummary(log.timings, nodeStartupMs, Date.now() - startedAt, process.resourceUsage().maxRSS * 1024));
    return 0;
  } catch (error) {
    if (isBuildError(error)) {
      log.error("");
      log.error(`Error: ${error.message}`);
      log.error("");
      return 1;
    }
    log.error("");
    log.error("pyslug failed unexpectedly. This is a bug in pyslug, not in your app; please report it with this log:");
    log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
