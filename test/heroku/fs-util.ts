// File helpers: hashing, cross-process locks, atomic publication, random ids.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

/** Lower-case hex sha256 of a file's bytes. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export function sha256Text(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function randomHex(bytes = 8): string {
  return randomBytes(bytes).toString("hex");
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs fn while holding an exclusive lock file (O_EXCL create). Works across processes
 * (e.g. two vitest workers); a lock left by a dead process is taken over.
 */
export async function withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  await fs.mkdir(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      const handle = await fs.open(lockFile, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number((await fs.readFile(lockFile, "utf8").catch(() => "")).trim());
      if (owner > 0 && !pidAlive(owner)) {
        await fs.rm(lockFile, { force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lockFile, { force: true });
  }
}

/**
 * Publishes a directory built at `staging` as `final` by an atomic rename. If another
 * process published first, the staging copy is discarded.
 */
export async function publishDir(staging: string, final: string): Promise<void> {
  try {
    await fs.rename(staging, final);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw err;
    await fs.rm(staging, { recursive: true, force: true });
  }
}
