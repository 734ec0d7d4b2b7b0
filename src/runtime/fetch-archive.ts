// The Python runtime archive: downloaded, hashed and extracted in one stream (the stack's zstd or gzip,
// and tar, as child processes), verified against the published `.sha256`, and only then put in place.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_TIMEOUT_MS,
  download,
  fetchOptionalText,
  parseSha256File,
  secondsSetting,
  type DownloadOptions,
} from "../support/download.js";
import { freeBytes, LOW_SPACE_BYTES } from "../support/disk.js";
import { BuildError } from "../support/errors.js";
import { redactUrl } from "../support/redact.js";

export type Compression = "zstd" | "gzip";

/** The compression of an archive, from its first bytes (whatever its name says). Pure. */
export function detectCompression(head: Buffer): Compression | undefined {
  if (head.length >= 4 && head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) return "zstd";
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  return undefined;
}

/** The archive's bytes are not a compressed tar (or the extractor failed): not worth another download attempt. */
export class ArchiveError extends Error {
  override readonly name = "ArchiveError";
  constructor(
    message: string,
    /** The whole body was read, so `sha256` is its digest. */
    readonly sha256?: string,
  ) {
    super(message);
  }
}

export interface FetchedArchive {
  sha256: string;
  /** Whether a `.sha256` was published beside the archive (and matched). */
  verified: boolean;
}

/** Runs `<decompress> | tar -x` into `dir`, fed from `input`; resolves with the child's exit status and stderr. */
async function extractStream(input: Readable, compression: Compression, dir: string): Promise<{ code: number; stderr: string }> {
  const decompress = compression === "zstd" ? "zstd -d -q -c" : "gzip -d -c";
  const child = spawn("bash", ["-c", `set -o pipefail; ${decompress} | tar -x --no-same-owner -f - -C "$0"`, dir], {
    stdio: ["pipe", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => {
    stderr = (stderr + text).slice(-2000);
  });
  const exited = new Promise<number>((resolve) => {
    child.once("error", () => resolve(127));
    child.once("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const fed = pipeline(input, child.stdin);
  const [feeding, code] = await Promise.all([
    fed.then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    ),
    exited,
  ]);
  // The extractor's verdict first: when it stops early, feeding it fails (EPIPE) as a consequence.
  if (code !== 0) return { code, stderr: stderr.trim() };
  if (feeding !== undefined) throw feeding;
  return { code, stderr: "" };
}

/** One attempt's work: the body hashed and extracted into `partial`; returns the digest. */
async function extractBody(body: Readable, partial: string): Promise<string> {
  await fs.rm(partial, { recursive: true, force: true });
  await fs.ensureDir(partial);
  const hash = createHash("sha256");
  const iterator = (body as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const read = async (): Promise<Buffer | undefined> => {
    const next = await iterator.next();
    if (next.done) return undefined;
    hash.update(next.value);
    return next.value;
  };
  const head: Buffer[] = [];
  let whole = false;
  while (Buffer.concat(head).length < 4) {
    const chunk = await read();
    if (chunk === undefined) {
      whole = true;
      break;
    }
    head.push(chunk);
  }
  const compression = detectCompression(Buffer.concat(head));
  if (compression === undefined) {
    await iterator.return?.();
    throw new ArchiveError("it is not a zstd or gzip compressed tar archive");
  }
  const rest = Readable.from(
    (async function* () {
      yield* head;
      for (let chunk = await read(); chunk !== undefined; chunk = await read()) yield chunk;
      whole = true;
    })(),
  );
  const { code, stderr } = await extractStream(rest, compression, partial);
  if (code !== 0) {
    const detail = stderr.split("\n").slice(0, 3).join("; ") || `the extractor exited with status ${code}`;
    throw new ArchiveError(detail, whole ? hash.digest("hex") : undefined);
  }
  return hash.digest("hex");
}

/** The download limits of a build: CURL_CONNECT_TIMEOUT and CURL_TIMEOUT (seconds), as herokuish and Dokku set them. */
export function downloadLimits(ctx: Pick<BuildContext, "config" | "env">): DownloadOptions {
  return {
    connectTimeoutMs: secondsSetting(ctx.config.setting("CURL_CONNECT_TIMEOUT", ctx.env), DEFAULT_CONNECT_TIMEOUT_MS),
    timeoutMs: secondsSetting(ctx.config.setting("CURL_TIMEOUT", ctx.env), DEFAULT_TIMEOUT_MS),
  };
}

export interface FetchArchiveOptions {
  /** Told one line per retried download. */
  onRetry?: (line: string) => void;
  download?: DownloadOptions;
}

/**
 * Downloads the archive at `url` and extracts it into `dest` (which must not exist): the body is hashed
 * and extracted while it streams into `dest.partial`, which becomes `dest` only when the digest matches
 * the `.sha256` published beside the archive (when there is one). Nothing is left behind on failure.
 * Throws DownloadError when the download fails, BuildError when the archive is wrong.
 */
export async function fetchArchive(url: string, dest: string, options: FetchArchiveOptions = {}): Promise<FetchedArchive> {
  const shown = redactUrl(url);
  const downloadOptions: DownloadOptions = { onRetry: options.onRetry, ...options.download };
  const published = await fetchOptionalText(`${url}.sha256`, { ...downloadOptions, maxBytes: 64 * 1024 });
  const expected = published === undefined ? undefined : parseSha256File(published);
  if (published !== undefined && expected === undefined) {
    throw new BuildError(
      `${shown}.sha256 doesn't contain a SHA-256 digest, so the archive can't be verified.\n` +
        "The mirror may have answered with an error page: check the URL in PYSLUG_PYTHON_URL, or try the build again.",
    );
  }
  const partial = `${dest}.partial`;
  try {
    let sha256: string;
    try {
      sha256 = await download(url, (body) => extractBody(body, partial), downloadOptions);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      if (expected !== undefined && error.sha256 !== undefined && error.sha256 !== expected) {
        throw mismatch(shown, error.sha256, expected);
      }
      const free = await freeBytes(path.dirname(dest));
      if (free !== undefined && free < LOW_SPACE_BYTES) {
        throw new BuildError(
          `The build directory ran out of disk space while extracting ${shown}\n` +
            `(${Math.round(free / 1024)} KB left on its filesystem). Make room on the build machine, or make the app's source smaller.`,
        );
      }
      throw new BuildError(
        `The archive at ${shown} isn't a .tar.zst or .tar.gz Python build: ${error.message}.\n` +
          "If PYSLUG_PYTHON_URL points at a mirror, check what it serves at that URL.",
      );
    }
    if (expected !== undefined && sha256 !== expected) throw mismatch(shown, sha256, expected);
    await fs.rename(partial, dest);
    return { sha256, verified: expected !== undefined };
  } finally {
    await fs.rm(partial, { recursive: true, force: true });
  }
}

function mismatch(shown: string, actual: string, expected: string): BuildError {
  return new BuildError(
    `The Python archive failed verification: ${shown}\n` +
      `has SHA-256 ${actual}, but ${shown}.sha256 says ${expected}.\n` +
      "The download is corrupt or the mirror is inconsistent. Nothing was installed or cached; try the build again.",
  );
}
