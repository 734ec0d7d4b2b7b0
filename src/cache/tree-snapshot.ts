import type { Stats } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import fs from "fs-extra";
import { findTime } from "../relocation/changed-files.js";
import { SPLIT_MIN_ENTRIES, twoHalves } from "../support/two-halves.js";

/**
 * How far an inode's change time (ctime) can lag the real time: the kernel stamps inodes with a clock
 * that advances once per tick, and a tick is at most 10 ms (HZ=100). Twice that, to be safe.
 */
const CLOCK_LAG_MS = 20;

/**
 * The build's Python tree and the cache's copy of it, the same entries (hard links) from a known moment. A restored
 * tree is itself the copy bin/compile made of the cache's tree before Node.js started (`made`). A new runtime, or a
 * tree moved out of the cache, is copied for the cache in the background from the moment it is in place, while the
 * build only reads the tree: its interpreter checked, its environment compared with the app's requirements, the pip
 * wheel downloaded (`start`). Saving the cache then
 * only brings the copy up to date with what the build changed, instead of creating every directory and link again:
 * most deploys change nothing, or a few directories.
 *
 * What changed is told by the directories' change times (ctime, which no tool can set back). A directory
 * whose entries were added, removed or replaced after the copy has a later ctime; a file written in place
 * is the same inode in both trees. Linking a file changes its ctime too, so nothing may write into the
 * tree while the copy is made: every writer first awaits `writable()`.
 */
export class TreeSnapshot {
  private constructor(
    private readonly tree: string,
    readonly copy: string,
    /** When the copy ended (ms since the epoch, after its last link), and why it isn't whole if it isn't. */
    private readonly finished: Promise<{ at: number; failure?: Error }>,
  ) {}

  /**
   * Starts copying `tree` to `copy` with hard links. Undefined when `probe` (a file of the tree) can't be linked
   * beside the copy (another filesystem or mount point): the cache is then saved by copying the whole tree at the end.
   */
  static async start(tree: string, copy: string, probe: string): Promise<TreeSnapshot | undefined> {
    await fs.rm(copy, { recursive: true, force: true });
    await fs.ensureDir(path.dirname(copy));
    const probed = `${copy}.link-probe`;
    try {
      await fs.link(path.join(tree, probe), probed);
    } catch {
      return undefined;
    } finally {
      await fs.rm(probed, { force: true });
    }
    const finished = execa("cp", ["-a", "--link", "--no-target-directory", tree, copy]).then(
      () => ({ at: Date.now() + 1 }),
      async (failure: unknown) => {
        const at = Date.now() + 1;
        await fs.rm(copy, { recursive: true, force: true }).catch(() => undefined);
        return { at, failure: failure instanceof Error ? failure : new Error(String(failure)) };
      },
    );
    return new TreeSnapshot(tree, copy, finished);
  }

  /**
   * A copy made the other way round, before the build started: `tree` is the hard-link copy of `copy` (the cache's
   * own tree) that bin/compile made, and `at` when it ended (see EarlyTreeCopy). The two are the same entries then,
   * as after start(), and the tree's changes since `at` are found the same way.
   */
  static made(tree: string, copy: string, at: number): TreeSnapshot {
    return new TreeSnapshot(tree, copy, Promise.resolve({ at }));
  }

  /**
   * Resolves when the tree may be written: the copy is finished, and the clock has moved on far enough
   * that whatever is written from now on has a ctime after the returned time (ms since the epoch).
   */
  async writable(): Promise<number> {
    const { at } = await this.finished;
    const wait = at + CLOCK_LAG_MS - Date.now();
    if (wait > 0) await sleep(wait);
    return at;
  }

  /**
   * Brings the copy to what the tree holds now: in every directory whose entries changed since the copy,
   * removes what the tree no longer has and links what is new or replaced. `changedDirs` (relative, "" for
   * the tree itself): those directories, when the caller already walked the tree for them; else they are
   * found here. False when there is no whole copy to update (the caller copies the whole tree).
   */
  async update(changedDirs?: string[]): Promise<boolean> {
    const { at, failure } = await this.finished;
    if (failure !== undefined) return false;
    // Parents sort before their children; a directory copied whole is done, its subdirectories with it.
    const changed = [...(changedDirs ?? (await this.dirsChangedSince(at)))].sort();
    const copiedWhole = new Set<string>();
    for (const rel of changed) {
      if (atOrUnder(rel, copiedWhole)) continue;
      for (const dir of await this.updateDirectory(rel)) copiedWhole.add(dir);
    }
    return true;
  }

  /** Resolves when the copy is finished; rejects with what stopped it when it isn't whole. */
  async whole(): Promise<void> {
    const { failure } = await this.finished;
    if (failure !== undefined) throw failure;
  }

  /** The tree's directories (relative, "" for itself) whose inode changed after `at`. */
  private async dirsChangedSince(at: number): Promise<string[]> {
    const found = await execa("find", [this.tree, "-type", "d", "-newerct", findTime(at), "-printf", "%P\\0"], {
      stripFinalNewline: false,
      maxBuffer: 1 << 30,
    });
    return found.stdout.split("\0").slice(0, -1);
  }

  /** One changed directory (relative to the tree; "" for its root). Returns the subdirectories it linked whole. */
  private async updateDirectory(rel: string): Promise<string[]> {
    const from = path.join(this.tree, rel);
    const to = path.join(this.copy, rel);
    const [fromStat, toStat] = await Promise.all([fs.lstat(from), lstatOrNone(to)]);
    if (!toStat?.isDirectory()) {
      await fs.rm(to, { recursive: true, force: true });
      await execa("cp", ["-a", "--link", "--no-target-directory", from, to]);
      return [rel];
    }
    const [fromNames, toNames] = await Promise.all([fs.readdir(from), fs.readdir(to)]);
    const inFrom = new Set(fromNames);
    const inTo = new Set(toNames);
    await Promise.all(
      toNames.filter((name) => !inFrom.has(name)).map((name) => fs.rm(path.join(to, name), { recursive: true, force: true })),
    );
    // Files and symlinks are linked here (no process per directory: a deploy changes a few files in several);
    // a new or replaced subdirectory is copied whole by one cp.
    const subdirs: string[] = [];
    await Promise.all(
      fromNames.map(async (name) => {
        const [source, kept] = await Promise.all([
          fs.lstat(path.join(from, name)),
          inTo.has(name) ? lstatOrNone(path.join(to, name)) : undefined,
        ]);
        if (kept && sameEntry(source, kept)) return;
        if (kept) await fs.rm(path.join(to, name), { recursive: true, force: true });
        if (source.isDirectory()) subdirs.push(name);
        else await fs.link(path.join(from, name), path.join(to, name));
      }),
    );
    subdirs.sort();
    // Many new subdirectories (a first install into site-packages): two cp processes, half each.
    const groups = subdirs.length >= SPLIT_MIN_ENTRIES ? twoHalves(subdirs) : [subdirs];
    if (subdirs.length > 0)
      await Promise.all(
        groups.map((names) => execa("cp", ["-a", "--link", "--target-directory", to, ...names.map((name) => path.join(from, name))])),
      );
    if ((fromStat.mode & 0o7777) !== (toStat.mode & 0o7777)) await fs.chmod(to, fromStat.mode & 0o7777);
    return subdirs.map((name) => (rel ? `${rel}/${name}` : name));
  }

  /**
   * What a test platform checks after the save (PYSLUG_VERIFY_CACHE=1): the updated copy is the tree, entry for
   * entry: the same paths and types, and every file and symlink the same inode. Returns the differences, if any.
   */
  static async differences(tree: string, copy: string): Promise<string[]> {
    // GNU find lists each tree (path, type letter, inode) several times faster than stat calls from Node.
    const list = async (root: string) => {
      const { stdout } = await execa("find", [root, "-mindepth", "1", "-printf", "%P\\0%y %i\\0"], {
        stripFinalNewline: false,
        maxBuffer: 1 << 30,
      });
      const fields = stdout.split("\0");
      const entries = new Map<string, string>();
      for (let i = 0; i + 1 < fields.length; i += 2) {
        const [type, inode] = fields[i + 1]!.split(" ");
        entries.set(fields[i]!, type === "d" ? "a directory" : type === "l" ? `a symlink (inode ${inode})` : `a file (inode ${inode})`);
      }
      return entries;
    };
    const [a, b] = await Promise.all([list(tree), list(copy)]);
    const found: string[] = [];
    for (const [rel, mine] of a) {
      const kept = b.get(rel);
      if (kept !== mine) found.push(`${rel}: ${mine} in the tree, ${kept ?? "missing"} in the cache`);
    }
    for (const rel of b.keys()) if (!a.has(rel)) found.push(`${rel}: only in the cache`);
    return found;
  }
}

/** A directory is kept (its own changes are found by its own ctime); a file or symlink only if it is the same inode. */
function sameEntry(source: Stats, kept: Stats): boolean {
  if (source.isDirectory() || kept.isDirectory()) return source.isDirectory() && kept.isDirectory();
  return source.ino === kept.ino && source.dev === kept.dev;
}

/**
 * Whether `rel` (relative, "/"-separated; "" for the root) is one of `dirs` or under one of them: itself and its
 * ancestors looked up, not every directory compared with it (a first install copies thousands of directories whole).
 */
export function atOrUnder(rel: string, dirs: ReadonlySet<string>): boolean {
  if (dirs.has(rel) || (rel !== "" && dirs.has(""))) return true;
  for (let at = rel.indexOf("/"); at !== -1; at = rel.indexOf("/", at + 1)) if (dirs.has(rel.slice(0, at))) return true;
  return false;
}

async function lstatOrNone(file: string): Promise<Stats | undefined> {
  return fs.lstat(file).catch(() => undefined);
}
