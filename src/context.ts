import path from "node:path";
import type { EarlyTreeCopy } from "./cache/early-tree-copy.js";
import type { ConfigVars } from "./support/config-vars.js";
import type { BuildLog } from "./support/log.js";

/** What every step of compile gets: where things are, the app's settings, the log. */
export interface BuildContext {
  buildDir: string;
  cacheDir: string;
  envDir: string | undefined;
  buildpackDir: string;
  /** CACHE_DIR/pyslug: everything pyslug keeps (other buildpacks share CACHE_DIR). */
  cacheRoot: string;
  config: ConfigVars;
  log: BuildLog;
  /** When this build started (ms since the epoch, from the shim's start): files changed since are this build's. Unknown: every file counts as changed. */
  startedAt?: number;
  /** The copy of the cached Python tree bin/compile started, if it started one (see EarlyTreeCopy). */
  treeCopy?: EarlyTreeCopy;
  /** Environment for the commands compile runs; steps add to it (PATH, LD_LIBRARY_PATH, ...). */
  env: NodeJS.ProcessEnv;
}

/** Where the Python runtime lives inside the build dir (and so at $HOME/.heroku/python in a dyno). */
export const PYTHON_HOME = path.join(".heroku", "python");

export function pythonHome(ctx: Pick<BuildContext, "buildDir">): string {
  return path.join(ctx.buildDir, PYTHON_HOME);
}
