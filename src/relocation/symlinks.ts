import path from "node:path";
import fs from "fs-extra";

/** Dirs never walked for symlinks: other buildpacks' trees and VCS data. */
const SKIP = new Set(["node_modules", ".git"]);

/**
 * Makes every absolute symlink under `root` that points inside `root` relative (e.g. setuptools'
 * strict editable link trees). A relative link is right in the build dir, in later buildpacks, in
 * the dyno and in the next build dir alike, so nothing has to rewrite it. Returns the links changed.
 */
export async function relativiseSymlinks(root: string): Promise<string[]> {
  const prefix = `${root.replace(/\/+$/, "")}/`;
  const changed: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) await walk(full);
      } else if (entry.isSymbolicLink()) {
        const target = await fs.readlink(full);
        if (!target.startsWith(prefix)) continue;
        const relative = path.relative(path.dirname(full), target) || ".";
        const temp = `${full}.pyslug-link`;
        await fs.symlink(relative, temp);
        await fs.rename(temp, full);
        changed.push(path.relative(root, full));
      }
    }
  }
  await walk(root);
  return changed;
}
