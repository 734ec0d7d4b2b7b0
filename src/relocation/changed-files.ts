import path from "node:path";
import { execa } from "execa";
import fs from "fs-extra";
import { SPLIT_MIN_ENTRIES, twoHalves } from "../support/two-halves.js";

const COARSE_CLOCK_MARGIN_MS = 100;

/** A time (ms since the epoch) as GNU find's `-newerct` takes it: `@seconds.fraction`. */
export function findTime(ms: number): string {
  return `@${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, "0")}`;
}

/** What changed under a root since a moment: regular files (pyc left out), symlinks and directories, relative and sorted. */
export interface ChangedEntries {
  files: string[];
  symlinks: string[];
  /** Directories whose own inode changed: entries added, removed or renamed in them (the root and `__pycache__` included). */
  dirs: string[];
}

/** Above this many bytes of start points for one find, one process walks the whole tree (argv has a limit). */
const SPLIT_MAX_ARGV_BYTES = 512 * 1024;

/** `text` as a pattern of find's -path that matches only itself. Pure. */
function literalPattern(text: string): string {
  return text.replace(/[\\*?[\]]/g, "\\$&");
}

/** The test of one entry: directories (printed, then walked), `__pycache__` skipped, files and symlinks. */
function changedTest(since: string, prune: string | undefined): string[] {
  const dirs = ["(", "-type", "d", "-newerct", since, "-printf", "d%p\\0", "-false", ")"];
  const skip = prune === undefined ? [] : ["-o", "(", "-path", literalPattern(prune), "-prune", ")"];
  return [
    ...dirs,
    ...skip,
    ...["-o", "(", "-name", "__pycache__", "-prune", ")"],
    ...["-o", "(", "-type", "f", "-newerct", since, "!", "-name", "*.pyc", "!", "-name", "*.pyo", "-printf", "f%p\\0", ")"],
    ...["-o", "(", "-type", "l", "-newerct", since, "-printf", "l%p\\0", ")"],
  ];
}

/**
 * site-packages under `dir` (lib/python3.X/site-packages) when it has SPLIT_MIN_ENTRIES entries or more, reached
 * without a symlink (find doesn't follow one, but a path through it would), with its entries' paths in two halves;
 * else undefined.
 */
async function bigSitePackages(dir: string): Promise<{ sitePackages: string; halves: [string[], string[]] } | undefined> {
  const isDir = async (p: string) => (await fs.lstat(p).catch(() => undefined))?.isDirectory() === true;
  if (!(await isDir(path.join(dir, "lib")))) return undefined;
  const versions = (await fs.readdir(path.join(dir, "lib"))).filter((name) => /^python3\.\d+$/.test(name));
  if (versions.length !== 1) return undefined;
  const version = path.join(dir, "lib", versions[0]!);
  const sitePackages = path.join(version, "site-packages");
  if (!(await isDir(version)) || !(await isDir(sitePackages))) return undefined;
  const entries = (await fs.readdir(sitePackages)).map((name) => path.join(sitePackages, name));
  if (entries.length < SPLIT_MIN_ENTRIES) return undefined;
  const bytes = entries.reduce((sum, entry) => sum + entry.length + 1, 0);
  return bytes / 2 > SPLIT_MAX_ARGV_BYTES ? undefined : { sitePackages, halves: twoHalves(entries) };
}

/** What find printed under these start points, or undefined when the first of them doesn't exist. */
async function findChanged(startPoints: string[], test: string[]): Promise<string | undefined> {
  const result = await execa("find", [...startPoints, ...test], { reject: false, stripFinalNewline: false, maxBuffer: 1 << 30 });
  if (result.exitCode === 0) return result.stdout;
  if (/No such file or directory/.test(result.stderr) && !result.stdout) return undefined;
  throw new Error(`find ${startPoints[0]} failed: ${result.stderr}`);
}

/**
 * The regular files, symlinks and directories under `root` whose inode changed at or after `sinceMs`: created,
 * written, renamed, relinked or chmod-ed since then, by pyslug, pip, a hook or anything else. It
 * compares the status change time (ctime), which no tool can set back (tar and cp -p restore mtime,
 * not ctime), and reads no file's content. `*.pyc` and `__pycache__` are left out, as scanTree leaves
 * them. GNU find does the stat calls: three times less CPU than doing them from Node, which matters at
 * 150,000 files; with a big site-packages, two of them share the walk (`split`; see support/two-halves.ts).
 * Returned relative to `baseDir`, sorted, the same with or without the split; none when `root` doesn't exist.
 */
export async function entriesChangedSince(
  root: string,
  sinceMs: number,
  baseDir: string,
  marginMs = COARSE_CLOCK_MARGIN_MS,
  split = true,
): Promise<ChangedEntries> {
  const dir = path.resolve(baseDir, root);
  // Inode times come from the kernel's coarse clock, a tick behind: start a little earlier (a file
  // counted as changed that wasn't is only read for nothing). No margin for a time that already has it.
  const since = findTime(Math.floor(sinceMs) - marginMs);
  const test = changedTest(since, undefined);
  // A big site-packages: one find walks the tree but site-packages and half of its entries, another the other half.
  const big = split ? await bigSitePackages(dir) : undefined;
  const outputs = big
    ? await Promise.all([findChanged([dir, ...big.halves[0]], changedTest(since, big.sitePackages)), findChanged(big.halves[1], test)])
    : [await findChanged([dir], test)];
  if (outputs[0] === undefined) return { files: [], symlinks: [], dirs: [] };
  const changed: ChangedEntries = { files: [], symlinks: [], dirs: [] };
  const lists = { f: changed.files, l: changed.symlinks, d: changed.dirs };
  for (const entry of outputs
    .map((output) => output ?? "")
    .join("")
    .split("\0")) {
    if (entry === "") continue;
    lists[entry[0] as keyof typeof lists].push(path.relative(baseDir, entry.slice(1)));
  }
  changed.files.sort();
  changed.symlinks.sort();
  changed.dirs.sort();
  return changed;
}
