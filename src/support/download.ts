import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import fs from "fs-extra";
import { redactUrl } from "./redact.js";

/** A download failure; `status` is the HTTP status when the server answered. */
export class DownloadError extends Error {
  override readonly name = "DownloadError";
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

export interface DownloadOptions {
  /** Give up on one attempt after this long (CURL_TIMEOUT, as herokuish sets it). */
  timeoutMs?: number;
  attempts?: number;
}

function timeoutFromEnv(): number {
  const value = Number(process.env["CURL_TIMEOUT"]);
  return Number.isFinite(value) && value > 0 ? value * 1000 : 300_000;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryable(error: unknown): boolean {
  if (error instanceof DownloadError) return error.status === undefined || error.status >= 500 || error.status === 429;
  return true;
}

async function attempt<T>(url: string, options: DownloadOptions, run: (response: Response) => Promise<T>): Promise<T> {
  const attempts = options.attempts ?? 3;
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv();
  let lastError: unknown;
  for (let i = 1; i <= attempts; i++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
      if (!response.ok) {
        await response.body?.cancel();
        throw new DownloadError(`${redactUrl(url)} answered HTTP ${response.status}`, response.status);
      }
      return await run(response);
    } catch (error) {
      lastError =
        error instanceof DownloadError
          ? error
          : new DownloadError(
              `${redactUrl(url)}: ${(error as Error).cause ? String((error as Error).cause) : (error as Error).message}`,
              undefined,
            );
      if (i === attempts || !retryable(lastError)) break;
      await sleep(250 * 2 ** (i - 1));
    }
  }
  throw lastError;
}

/** Downloads to `dest` (written whole or not at all) and returns the SHA-256 of what was written. */
export async function downloadFile(url: string, dest: string, options: DownloadOptions = {}): Promise<string> {
  const partial = `${dest}.partial`;
  try {
    const sha256 = await attempt(url, options, async (response) => {
      const hash = createHash("sha256");
      const hasher = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), hasher, createWriteStream(partial));
      return hash.digest("hex");
    });
    await fs.rename(partial, dest);
    return sha256;
  } finally {
    await fs.rm(partial, { force: true });
  }
}

/** Fetches a small text file; undefined when the server says it doesn't exist (404/403). */
export async function fetchOptionalText(url: string, options: DownloadOptions = {}): Promise<string | undefined> {
  try {
    return await attempt(url, options, (response) => response.text());
  } catch (error) {
    if (error instanceof DownloadError && (error.status === 404 || error.status === 403)) return undefined;
    throw error;
  }
}

/** The digest in a `.sha256` file: a hex digest, optionally followed by the file name as sha256sum prints it. Pure. */
export function parseSha256File(text: string): string | undefined {
  const match = /^\s*([0-9a-fA-F]{64})(?:\s+\*?\S.*)?\s*$/.exec(text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "");
  return match?.[1]?.toLowerCase();
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest("hex");
}
