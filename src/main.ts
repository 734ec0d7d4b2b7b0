import path from "node:path";
import { compile, timingSummary } from "./compile.js";
import { EarlyTreeCopy, TREE_COPY_VAR } from "./cache/early-tree-copy.js";
import { ConfigVars } from "./support/config-vars.js";
import type { BuildContext } from "./context.js";
import { isBuildError } from "./support/errors.js";
import { BuildLog } from "./support/log.js";

/**
 * A test-only switch, read from the build environment (never a config var, never in the README's settings):
 * PYSLUG_TEST_INJECT=uncaught-exception or unhandled-rejection makes the compile program fail that way while
 * it runs, so a test can prove the net below catches what no try reaches.
 */
const INJECT = "PYSLUG_TEST_INJECT";

const log = new BuildLog();

/** What pyslug prints for anything that isn't a BuildError: a bug, with what's needed to report it. */
function reportBug(error: unknown): void {
  log.error("");
  log.error("pyslug failed unexpectedly. This is a bug in pyslug, not in your app; please report it with this log:");
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

// The net under everything: an exception thrown in a callback, or a promise nobody awaited, ends the
// build as a reported bug with exit 1, never as Node's own crash output.
let crashed = false;
const crash = (error: unknown): void => {
  if (!crashed) {
    crashed = true;
    reportBug(error);
  }
  process.exit(1);
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

/** A full disk is the machine's state, not a bug: one error naming the file that couldn't be written. */
function diskFull(error: unknown): string | undefined {
  const { code, path: file } = (error ?? {}) as NodeJS.ErrnoException;
  if (code !== "ENOSPC" && code !== "EDQUOT") return undefined;
  return (
    `The disk is full: pyslug could not write ${file ?? "a file"} (${code}).\n` +
    "Free space on the build machine (or make the app's source and dependencies smaller), then build again."
  );
}

function inject(what: string | undefined): void {
  if (what === "uncaught-exception") {
    setTimeout(() => {
      throw new Error(`${INJECT}: an exception no try catches`);
    }, 0);
  } else if (what === "unhandled-rejection") {
    void Promise.reject(new Error(`${INJECT}: a rejection nobody handles`));
  }
}

/** Entry point of dist/compile.cjs, started by bin/compile BUILD_DIR CACHE_DIR ENV_DIR. */
async function main(argv: string[]): Promise<number> {
  const [buildDir, cacheDir, envDir] = argv;
  if (!buildDir || !cacheDir) {
    log.error("usage: bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]");
    return 1;
  }
  // Read from the start: the shim's copy of the cached tree ends while the build looks at the app's files.
  const treeCopy = EarlyTreeCopy.fromShim(process.env, path.resolve(buildDir));
  const shimStarted = Number(process.env["PYSLUG_SHIM_STARTED_AT"]) * 1000;
  const startedAt = Number.isFinite(shimStarted) && shimStarted > 0 ? shimStarted : Date.now();
  // Until the compile program runs: the shim, Node's own start and loading this bundle.
  const nodeStartupMs = Number.isFinite(shimStarted) && shimStarted > 0 ? Date.now() - shimStarted : undefined;
  const buildpackDir = process.env["PYSLUG_BUILDPACK_DIR"] ?? path.dirname(import.meta.dirname);

  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env["PYSLUG_SHIM_STARTED_AT"];
  delete env["PYSLUG_BUILDPACK_DIR"];
  delete env[INJECT];
  delete env[TREE_COPY_VAR];

  const ctx: BuildContext = {
    buildDir: path.resolve(buildDir),
    cacheDir: path.resolve(cacheDir),
    envDir: envDir ? path.resolve(envDir) : undefined,
    buildpackDir,
    cacheRoot: path.join(path.resolve(cacheDir), "pyslug"),
    startedAt,
    config: await ConfigVars.read(envDir),
    log,
    treeCopy,
    env,
  };
  try {
    inject(process.env[INJECT]);
    await compile(ctx);
    // maxRSS is in kibibytes: the compile program's own peak (pip and Python run in their own processes).
    log.step(timingSummary(log.timings, nodeStartupMs, Date.now() - startedAt, process.resourceUsage().maxRSS * 1024));
    return 0;
  } catch (error) {
    if (isBuildError(error)) {
      log.error("");
      log.error(`Error: ${error.report}`);
      log.error("");
      return 1;
    }
    const full = diskFull(error);
    if (full !== undefined) {
      log.error("");
      log.error(`Error: ${full}`);
      log.error("");
      return 1;
    }
    reportBug(error);
    return 1;
  } finally {
    // A build that stopped before the restore took the copy: it mustn't stay in the build dir.
    await treeCopy?.drop().catch(() => undefined);
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, crash);
