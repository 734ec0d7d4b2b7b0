import type { Readable } from "node:stream";

/**
 * Calls `onLine` for every line a child process's output stream emits, as it comes.
 * Returns a function that hands over the last line if it had no newline; call it once the process ends.
 */
export function eachLine(stream: Readable | undefined | null, onLine: (line: string) => void): () => void {
  let pending = "";
  stream?.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) onLine(line);
  });
  return () => {
    if (pending) onLine(pending);
    pending = "";
  };
}
