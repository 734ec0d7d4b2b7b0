import net from "node:net";
import path from "node:path";
import fs from "fs-extra";
import { PYTHON_HOME } from "../context.js";

/** The shim's variable naming the copy (read once, then removed from the build's environment). */
export const TREE_COPY_VAR = "PYSLUG_TREE_COPY";
/** Where the shim copies the tree, beside the Python home (bin/lib/tree.sh says the same). */
const COPY_DIR = `${PYTHON_HOME}.restoring`;
/** The descriptor on which the shim reports the copy's end. */
const STATUS_FD = 3;

/** What the shim reports of a whole copy: when it ended (ms since the epoch, rounded up), and whether its interpreter starts. */
export interface CopyReport {
  at: number;
  starts: boolean;
}

/**
 * Parses the shim's report, "STATUS EPOCHREALTIME STARTS" (bin/lib/tree.sh); undefined for a copy that failed, or a
 * report that isn't one (nothing was copied then). Pure.
 */
export function copyReport(report: string): CopyReport | undefined {
  const match = /^0 (\d+)[.,](\d{1,6}) ([01])\n?$/.exec(report);
  if (!match) return undefined;
  return { at: Number(match[1]) * 1000 + Math.floor(Number(match[2]!.padEnd(6, "0")) / 1000) + 1, starts: match[3] === "1" };
}

/** Everything the shim writes on `fd` until it closes it (or nothing, when `fd` can't be read). */
function readReport(fd: number): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    let socket: net.Socket;
    try {
      socket = new net.Socket({ fd, readable: true, writable: false });
    } catch {
      resolve("");
      return;
    }
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("error", () => resolve(""));
    socket.on("close", () => resolve(text));
  });
}

/**
 * The hard-link copy of the cached Python tree that bin/compile starts in the build dir before Node.js starts
 * (bin/lib/tree.sh), so that it overlaps Node's start-up and the cache keeps its own tree. The Python tree's
 * restore takes it (see PythonTree.restore); a build that doesn't use it removes it (drop), so it never
 * reaches the slug.
 */
export class EarlyTreeCopy {
  private settled = false;

  private constructor(
    readonly dir: string,
    /** What the shim reported of the copy; undefined when it failed. */
    private readonly finished: Promise<CopyReport | undefined>,
  ) {}

  /** The copy bin/compile started, if it started one: its report is read from now on. */
  static fromShim(env: NodeJS.ProcessEnv, buildDir: string): EarlyTreeCopy | undefined {
    const dir = env[TREE_COPY_VAR];
    // Only ever the one place the shim copies to: anything else in the variable is not the shim's.
    if (dir === undefined || path.resolve(dir) !== path.join(buildDir, COPY_DIR)) return undefined;
    return new EarlyTreeCopy(path.resolve(dir), readReport(STATUS_FD).then(copyReport));
  }

  /**
   * Renames the finished copy to `dest` (which must not exist). Returns the shim's report of it, or undefined when
   * there is no whole copy to take (the caller restores the cache's tree another way).
   */
  async take(dest: string): Promise<CopyReport | undefined> {
    if (this.settled) return undefined;
    this.settled = true;
    const report = await this.finished;
    const taken =
      report !== undefined &&
      (await fs.rename(this.dir, dest).then(
        () => true,
        () => false,
      ));
    if (taken) return report;
    await fs.rm(this.dir, { recursive: true, force: true });
    return undefined;
  }

  /** Removes the copy when nothing took it (once it is over). */
  async drop(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    await this.finished;
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}
