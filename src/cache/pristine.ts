import path from "node:path";
import fs from "fs-extra";

/**
 * The Python runtime as it came out of its archive: the list of every path in it. Resetting a
 * reused tree to that list gives a fresh environment without downloading the runtime again.
 */
export async function listTree(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    for (const entry of await fs.readdir(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      out.push(child);
      if (entry.isDirectory()) await walk(child);
    }
  }
  await walk("");
  return out.sort();
}

/** Removes everything under root that isn't in the pristine list. Returns how many top-most paths were removed. */
export async function resetToPristine(root: string, pristine: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  async function walk(rel: string): Promise<void> {
    for (const entry of await fs.readdir(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (!pristine.has(child)) {
        await fs.rm(path.join(root, child), { recursive: true, force: true });
        removed++;
      } else if (entry.isDirectory()) {
        await walk(child);
      }
    }
  }
  await walk("");
  return removed;
}
