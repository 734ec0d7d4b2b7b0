import type { Dirent } from "node:fs";
import fs from "node:fs";
import path from "node:path";

/** One entry of a tree: its path relative to the root ("a/b"), absolute path, and type. */
export interface TreeEntry {
  rel: string;
  full: string;
  dirent: Dirent;
}

/**
 * Visits every entry under `root`, parents before children, without following symlinks. `visit`
 * returns "skip" to not descend into a directory (or when it removed the entry). A root that
 * doesn't exist, or a directory that vanishes or can't be read, has no entries.
 * Synchronous: compile does nothing else meanwhile, and readdirSync is the fastest way through a
 * large site-packages.
 */
export function walkTree(root: string, visit: (entry: TreeEntry) => "skip" | void): void {
  const walk = (dir: string, relDir: string): void => {
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR" || code === "EACCES") return;
      throw error;
    }
    for (const dirent of entries) {
      const rel = relDir ? `${relDir}/${dirent.name}` : dirent.name;
      const full = path.join(dir, dirent.name);
      if (visit({ rel, full, dirent }) !== "skip" && dirent.isDirectory()) walk(full, rel);
    }
  };
  walk(root, "");
}
