import fs from "node:fs/promises";

/** Bytes free for unprivileged users on the filesystem holding `dir`; undefined when it can't be told. */
export async function freeBytes(dir: string): Promise<number | undefined> {
  try {
    const stats = await fs.statfs(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

/** Below this, a failed write is taken for a full disk. */
export const LOW_SPACE_BYTES = 1 << 20;
