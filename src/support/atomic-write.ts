import nodeFs from "node:fs";
import fs from "node:fs/promises";

/**
 * Writes `data` to `file` so that a reader, or the next build after one killed halfway, finds the
 * old content or the new, never a part: the data goes to `<file>.partial` first, then is renamed
 * over `file`. One writer per file (a build owns its build dir and cache); a `.partial` left by a
 * killed build is overwritten.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await fs.writeFile(partial, data);
    if (options.mode !== undefined) await fs.chmod(partial, options.mode);
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/** writeFileAtomic with synchronous I/O, for many small files in a row (one thread-pool round trip per call saved). */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, options: { mode?: number } = {}): void {
  const partial = `${file}.partial`;
  try {
    nodeFs.writeFileSync(partial, data);
    if (options.mode !== undefined) nodeFs.chmodSync(partial, options.mode);
    nodeFs.renameSync(partial, file);
  } catch (error) {
    nodeFs.rmSync(partial, { force: true });
    throw error;
  }
}
