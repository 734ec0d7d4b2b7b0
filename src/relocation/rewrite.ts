import path from "node:path";
import fs from "node:fs";
import { writeFileAtomicSync } from "../support/atomic-write.js";
import { normaliseDir, replacePath } from "./boundary.js";

/**
 * Rewrites recorded paths in a tree made in another dir: the cached `.heroku/python` of the
 * previous build (`/tmp/build_old`) restored into this build (`/tmp/build_new`).
 *
 * Never writes in place: restored files are hard links shared with the cache's tree (the restore
 * is a hard-link copy), so each changed file is written to a temp file in its dir and renamed over
 * the old name. Mode is preserved; mtime becomes now, which also invalidates timestamp-checked pycs.
 * I/O is synchronous, as the scan's (see scan.ts): a few small files, each a handful of calls.
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
export function removeStalePyc(pyFile: string): number {
  const cacheDir = path.join(path.dirname(pyFile), "__pycache__");
  const prefix = `${path.basename(pyFile, ".py")}.`;
  let names: string[];
  try {
    names = fs.readdirSync(cacheDir);
  } catch {
    return 0;
  }
  const stale = names.filter((n) => n.startsWith(prefix) && n.endsWith(".pyc"));
  for (const name of stale) fs.rmSync(path.join(cacheDir, name), { force: true });
  return stale.length;
}

/** Rewrites one file; "missing" when it isn't a regular file. */
function relocateOne(file: string, from: Buffer, to: Buffer): "rewritten" | "unchanged" | "missing" {
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return "missing";
  const updated = replacePath(fs.readFileSync(file), from, to);
  if (updated === undefined) return "unchanged";
  writeFileAtomicSync(file, updated, { mode: stat.mode & 0o7777 });
  return "rewritten";
}

/**
 * Replaces the dir `from` by `to` in `files` (relative to `baseDir`), as whole paths only
 * (see boundary.ts). Missing files are reported, not thrown; I/O errors are thrown.
 */
export function relocateFiles(baseDir: string, files: string[], from: string, to: string): RelocationCounts {
  const fromBytes = Buffer.from(normaliseDir(from));
  const toBytes = Buffer.from(normaliseDir(to));
  const counts: RelocationCounts = { rewritten: 0, unchanged: 0, missing: [], pycRemoved: 0 };
  if (fromBytes.equals(toBytes)) return counts;
  for (const file of files) {
    const full = path.resolve(baseDir, file);
    const outcome = relocateOne(full, fromBytes, toBytes);
    if (outcome === "missing") {
      counts.missing.push(file);
      continue;
    }
    counts[outcome]++;
    if (outcome === "rewritten" && full.endsWith(".py")) counts.pycRemoved += removeStalePyc(full);
  }
  return counts;
}
