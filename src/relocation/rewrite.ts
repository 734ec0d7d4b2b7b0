import path from "node:path";
import fs from "node:fs/promises";
import { writeFileAtomic } from "../support/atomic-write.js";
import { normaliseDir, replacePath } from "./boundary.js";

/**
 * Rewrites recorded paths in a tree made in another dir: the cached `.heroku/python` of the
 * previous build (`/tmp/build_old`) restored into this build (`/tmp/build_new`).
 *
 * Never writes in place: restored files may be hard links shared with the cache (saving uses
 * `cp --link`), so each changed file is written to a temp file in its dir and renamed over the
 * old name. Mode is preserved; mtime becomes now, which also invalidates timestamp-checked pycs.
 * The `__pycache__/<module>.*.pyc` of every rewritten `.py` is deleted anyway (hash-based and
 * unchecked pycs would otherwise live on).
 */

export interface RelocationCounts {
  /** Files whose content changed. */
  rewritten: number;
  /** Files that held no real occurrence (e.g. only `/tmp/build_12` when relocating `/tmp/build_1`). */
  unchanged: number;
  /** Listed files that don't exist (or are not regular files). */
  missing: string[];
  /** pyc files deleted next to rewritten sources. */
  pycRemoved: number;
}

/** Deletes `__pycache__/<stem>.*.pyc` next to `pyFile`; returns how many. */
export async function removeStalePyc(pyFile: string): Promise<number> {
  const cacheDir = path.join(path.dirname(pyFile), "__pycache__");
  const prefix = `${path.basename(pyFile, ".py")}.`;
  let names: string[];
  try {
    names = await fs.readdir(cacheDir);
  } catch {
    return 0;
  }
  const stale = names.filter((n) => n.startsWith(prefix) && n.endsWith(".pyc"));
  await Promise.all(stale.map((n) => fs.rm(path.join(cacheDir, n), { force: true })));
  return stale.length;
}

/** Rewrites one file; "missing" when it isn't a regular file. */
async function relocateOne(file: string, from: Buffer, to: Buffer): Promise<"rewritten" | "unchanged" | "missing"> {
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat?.isFile()) return "missing";
  const updated = replacePath(await fs.readFile(file), from, to);
  if (updated === undefined) return "unchanged";
  await writeFileAtomic(file, updated, { mode: stat.mode & 0o7777 });
  return "rewritten";
}

/**
 * Replaces the dir `from` by `to` in `files` (relative to `baseDir`), as whole paths only
 * (see boundary.ts). Missing files are reported, not thrown; I/O errors are thrown.
 */
export async function relocateFiles(baseDir: string, files: string[], from: string, to: string): Promise<RelocationCounts> {
  const fromBytes = Buffer.from(normaliseDir(from));
  const toBytes = Buffer.from(normaliseDir(to));
  const counts: RelocationCounts = { rewritten: 0, unchanged: 0, missing: [], pycRemoved: 0 };
  if (fromBytes.equals(toBytes)) return counts;
  for (const file of files) {
    const full = path.resolve(baseDir, file);
    const outcome = await relocateOne(full, fromBytes, toBytes);
    if (outcome === "missing") {
      counts.missing.push(file);
      continue;
    }
    counts[outcome]++;
    if (outcome === "rewritten" && full.endsWith(".py")) counts.pycRemoved += await removeStalePyc(full);
  }
  return counts;
}
