import fs from "node:fs";
import path from "node:path";
import { walkTree } from "../support/walk-tree.js";

/** Dirs never walked for symlinks: other buildpacks' trees and VCS data. */
const SKIP = new Set(["node_modules", ".git"]);

/**
 * Makes every absolute symlink under `root` that points inside `root` relative (e.g. setuptools'
 * strict editable link trees). A relative link is right in the build dir, in later buildpacks, in
 * the dyno and in the next build dir alike, so nothing has to rewrite it. Returns the links changed.
 */
export function relativiseSymlinks(root: string): string[] {
  const prefix = `${root.replace(/\/+$/, "")}/`;
  const changed: string[] = [];
  walkTree(root, ({ rel, full, dirent }) => {
    if (dirent.isDirectory()) return SKIP.has(dirent.name) ? "skip" : undefined;
    if (!dirent.isSymbolicLink()) return;
    const target = fs.readlinkSync(full);
    if (!target.startsWith(prefix)) return;
    const relative = path.relative(path.dirname(full), target) || ".";
    const temp = `${full}.pyslug-link`;
    fs.symlinkSync(relative, temp);
    fs.renameSync(temp, full);
    changed.push(rel);
  });
  return changed;
}
