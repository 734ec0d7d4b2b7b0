import fs from "node:fs";
import path from "node:path";
import { walkTree } from "../support/walk-tree.js";

/** Dirs never walked for symlinks: other buildpacks' trees and VCS data. */
const SKIP = new Set(["node_modules", ".git"]);

/** Makes the link at `full` relative when it points inside the dir `prefix` ends with; true when it did. */
function relativise(full: string, prefix: string): boolean {
  const target = fs.readlinkSync(full);
  if (!target.startsWith(prefix)) return false;
  const relative = path.relative(path.dirname(full), target) || ".";
  const temp = `${full}.pyslug-link`;
  fs.symlinkSync(relative, temp);
  fs.renameSync(temp, full);
  return true;
}

/**
 * Makes every absolute symlink under `root` that points inside `root` relative (e.g. setuptools'
 * strict editable link trees). A relative link is right in the build dir, in later buildpacks, in
 * the dyno and in the next build dir alike, so nothing has to rewrite it. Returns the links changed.
 * `except` (relative to `root`) is not walked; `links` (relative to `root`) are checked instead: the
 * links a restored tree got in this build (its older ones were made relative by the build that made them).
 */
export function relativiseSymlinks(root: string, opts: { except?: string; links?: string[] } = {}): string[] {
  const base = root.replace(/\/+$/, "");
  const prefix = `${base}/`;
  const changed: string[] = [];
  walkTree(base, ({ rel, full, dirent }) => {
    if (dirent.isDirectory()) return SKIP.has(dirent.name) || rel === opts.except ? "skip" : undefined;
    if (dirent.isSymbolicLink() && relativise(full, prefix)) changed.push(rel);
  });
  for (const rel of opts.links ?? []) {
    const full = path.join(base, rel);
    if (fs.lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink() && relativise(full, prefix)) changed.push(rel);
  }
  return changed.sort();
}
