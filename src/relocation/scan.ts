import path from "node:path";
import fs from "node:fs";
import { walkTree } from "../support/walk-tree.js";
import { holdsPath } from "./boundary.js";

/**
 * Finds the files that record the build dir, so only they are rewritten (at cache restore and at
 * dyno boot) instead of every file of site-packages.
 *
 * - Symlinks are skipped (a link's target is rewritten where it lives, if under a root).
 * - `*.pyc` / `__pycache__` are skipped: a pyc embeds its source's path, but the import system
 *   replaces `co_filename` with the real source path when it loads one (`_imp._fix_co_filename`),
 *   and the pyc of a rewritten source is deleted by the rewrite.
 * - Text = no NUL byte in the file. Files holding the path with a NUL byte (compiled extensions,
 *   `.so` with an rpath, archives) are listed apart: a different-length path can't be substituted
 *   into them, compile can only warn.
 * - Files over `maxFileBytes` (default 5 MiB) are not read and listed apart. Files that record an
 *   install path are small (`.pth`, finders, `direct_url.json`, `RECORD`, scripts, `pyvenv.cfg`);
 *   the big ones are shared libraries and data (libpython, numpy/torch `.so`, bundled JS), which
 *   would cost most of the scan's reading for nothing.
 *
 * I/O is synchronous: on tens of thousands of small files it is several times faster than
 * fs/promises (one thread-pool round trip per syscall), and compile does nothing meanwhile.
 */

export interface ScanOptions {
  /** Results are relative to this dir; relative roots are resolved against it. Default: the cwd. */
  baseDir?: string;
  /** Larger files are not read (listed in `tooLarge`). Default 5 MiB. */
  maxFileBytes?: number;
}

export interface ScanResult {
  /** Text files holding the path: to rewrite. Sorted, relative to baseDir. */
  text: string[];
  /** Binary files holding the path: can't be rewritten (warn). Sorted. */
  binary: string[];
  /** Files not read because of their size. Sorted. */
  tooLarge: string[];
  /** How many files were read. */
  filesRead: number;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

function skippedFile(name: string): boolean {
  return name.endsWith(".pyc") || name.endsWith(".pyo");
}

type Verdict = "none" | "text" | "binary" | "tooLarge";

/**
 * Reads files into one buffer, reused and grown as needed (up to the size limit): at 150,000 files,
 * a buffer per file leaves the collector so much garbage that the compile program's memory doubles.
 */
class FileInspector {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  constructor(
    private readonly needle: Buffer,
    private readonly maxBytes: number,
  ) {}

  inspect(file: string): Verdict {
    let fd;
    try {
      fd = fs.openSync(file, "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return "none"; // removed meanwhile
      throw error;
    }
    try {
      const { size } = fs.fstatSync(fd);
      if (size > this.maxBytes) return "tooLarge";
      if (size < this.needle.length) return "none";
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.min(this.maxBytes, Math.max(size, this.buffer.length * 2)));
      let filled = 0;
      while (filled < size) {
        const read = fs.readSync(fd, this.buffer, filled, size - filled, filled);
        if (read === 0) break;
        filled += read;
      }
      const content = this.buffer.subarray(0, filled);
      if (!holdsPath(content, this.needle)) return "none";
      return content.includes(0) ? "binary" : "text";
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** The roots that aren't inside another root (each file is read once, with no set of every file seen). Pure. */
function outermost(roots: string[]): string[] {
  const sorted = [...new Set(roots)].sort();
  const kept: string[] = [];
  for (const root of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && (root === last || root.startsWith(`${last}/`))) continue;
    kept.push(root);
  }
  return kept;
}

/**
 * Scans `roots` for files recording `needle` (an absolute dir, matched as a whole path). Each file is
 * inspected as the walk reaches it: no list of every file is held.
 */
export async function scanTree(roots: string[], needle: string, opts: ScanOptions = {}): Promise<ScanResult> {
  const baseDir = path.resolve(opts.baseDir ?? process.cwd());
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const needleBytes = Buffer.from(needle, "utf8");
  if (needleBytes.length === 0) throw new Error("scanTree: empty needle");

  const inspector = new FileInspector(needleBytes, maxBytes);
  const result: ScanResult = { text: [], binary: [], tooLarge: [], filesRead: 0 };
  const visit = (file: string): void => {
    const verdict = inspector.inspect(file);
    if (verdict !== "tooLarge") result.filesRead++;
    if (verdict !== "none") result[verdict].push(path.relative(baseDir, file));
  };
  for (const root of outermost(roots.map((r) => path.resolve(baseDir, r)))) {
    const stat = await fs.promises.lstat(root).catch(() => undefined);
    if (stat?.isDirectory()) {
      walkTree(root, ({ full, dirent }) => {
        if (dirent.isDirectory()) return dirent.name === "__pycache__" ? "skip" : undefined;
        if (dirent.isFile() && !skippedFile(dirent.name)) visit(full);
      });
    } else if (stat?.isFile() && !skippedFile(root)) visit(root);
  }
  result.text.sort();
  result.binary.sort();
  result.tooLarge.sort();
  return result;
}

/** The text files under `roots` that record `needle`, relative to `opts.baseDir`, sorted. */
export async function scanForPath(roots: string[], needle: string, opts: ScanOptions = {}): Promise<string[]> {
  return (await scanTree(roots, needle, opts)).text;
}
