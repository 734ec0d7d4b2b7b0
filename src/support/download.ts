// HTTP(S) downloads on node:http and node:https, not fetch(): the undici that Node 24 bundles can
// die on an internal assertion that no try/catch reaches (nodejs/undici#5360, fixed by #5389)
// when a server closes the connection after the body while the consumer is slower than the network.
import { createReadStream } from "node:fs";
import fsp from "node:fs/promises";
import type http from "node:http";
import { createRequire } from "node:module";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { redactUrl } from "./redact.js";

// node:http and node:https are loaded when a download needs them, and with require: importing them as ES modules
// evaluates every export, Node's bundled undici included, which cost ~0.1 s of CPU at every start of the compile
// program, downloads or not (an unchanged deploy downloads nothing).
const require = createRequire(import.meta.filename);
const httpGet = (protocol: string): typeof http.get =>
  (protocol === "https:" ? (require("node:https") as typeof import("node:https")) : (require("node:http") as typeof http)).get;

/** A download that failed: `status` is the HTTP status when the server answered with an error. */
export class DownloadError extends Error {
  override readonly name = "DownloadError";
  constructor(
    message: string,
    readonly status: number | undefined,
    /** Whether another attempt may succeed (network trouble, 5xx, 429). */
    readonly retryable: boolean,
    /** The delay the server asked for (Retry-After), in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface DownloadOptions {
  /** Limit for connecting (TCP and TLS), like curl's --connect-timeout (default 10 s, as bin/compile's curl). */
  connectTimeoutMs?: number;
  /** Limit for one whole attempt, redirects and body included, like curl's --max-time (default 300 s). */
  timeoutMs?: number;
  /** Attempts in all (default 4: three retries). */
  attempts?: number;
  /** Delay before the first retry; doubles each time (default 500 ms). */
  backoffMs?: number;
  /** Upper bound of a server's Retry-After (default 30 s). */
  maxRetryAfterMs?: number;
  /** Told one line per retry (the URL in it is redacted). */
  onRetry?: (line: string) => void;
  /** Extra request headers (e.g. an index's Authorization), sent to the first URL's origin only, never after a redirect elsewhere. */
  headers?: Record<string, string>;
}

/** What the consumer of a body learns about it. */
export interface BodyInfo {
  /** Content-Length, when the server sent one (the body is checked against it). */
  length: number | undefined;
  /** The URL that answered, after redirects. */
  url: string;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 300_000;
const MAX_REDIRECTS = 10;
const RETRYABLE_STATUS = new Set([408, 425, 429]);

/** Seconds from a setting such as CURL_TIMEOUT, in ms; `fallback` when unset or not a positive number. Pure. */
export function secondsSetting(value: string | undefined, fallbackMs: number): number {
  const seconds = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : fallbackMs;
}

/** Retry-After as seconds or an HTTP date, in ms from `now`. Pure. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A system error code worth showing (ECONNRESET), never Node's internal ERR_ codes. */
function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) && !code.startsWith("ERR") ? code : undefined;
}

function describeNetworkError(error: unknown, received: number, length: number | undefined): string {
  const code = errnoOf(error);
  const progress = length === undefined ? `after ${received} bytes` : `after ${received} of ${length} bytes`;
  if (code === "ECONNREFUSED") return "the connection was refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host name could not be resolved";
  if (received > 0 || length !== undefined) return `the connection broke ${progress}${code ? ` (${code})` : ""}`;
  return `the connection failed${code ? ` (${code})` : ""}`;
}

/** One attempt: connects, follows redirects, and hands a checked body to `consume`. */
async function attemptOnce<T>(
  url: string,
  limits: { connectTimeoutMs: number; timeoutMs: number; headers: Record<string, string> },
  consume: (body: Readable, info: BodyInfo) => Promise<T>,
): Promise<T> {
  const shown = redactUrl(url);
  const origin = new URL(url).origin;
  let failure: DownloadError | undefined;
  const live = new Set<{ destroy(error?: Error): void }>();
  const fail = (error: DownloadError): DownloadError => {
    failure ??= error;
    for (const stream of live) stream.destroy(failure);
    return failure;
  };
  const deadline = setTimeout(
    () => fail(new DownloadError(`${shown}: the download took longer than ${limits.timeoutMs / 1000}s (CURL_TIMEOUT)`, undefined, true)),
    limits.timeoutMs,
  );
  try {
    let current = new URL(url);
    for (let redirects = 0; ; redirects++) {
      if (current.protocol === "file:") return await consumeFile(current, shown, consume);
      if (current.protocol !== "http:" && current.protocol !== "https:") {
        throw new DownloadError(`${shown}: pyslug can only download http(s) and file URLs`, undefined, false);
      }
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const get = httpGet(current.protocol);
        const extra = current.origin === origin ? limits.headers : {};
        const request = get(current, { agent: false, headers: { "user-agent": "pyslug", accept: "*/*", ...extra } }, resolve);
        live.add(request);
        request.on("error", (error) =>
          reject(failure ?? new DownloadError(`${shown}: ${describeNetworkError(error, 0, undefined)}`, undefined, true)),
        );
        request.on("socket", (socket) => {
          if (!socket.connecting) return;
          const timer = setTimeout(
            () =>
              fail(
                new DownloadError(
                  `${shown}: no connection within ${limits.connectTimeoutMs / 1000}s (CURL_CONNECT_TIMEOUT)`,
                  undefined,
                  true,
                ),
              ),
            limits.connectTimeoutMs,
          );
          socket.once(current.protocol === "https:" ? "secureConnect" : "connect", () => clearTimeout(timer));
          socket.once("close", () => clearTimeout(timer));
        });
      });
      live.add(response);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location !== undefined) {
        response.resume();
        if (redirects >= MAX_REDIRECTS) throw new DownloadError(`${shown}: more than ${MAX_REDIRECTS} redirects`, status, false);
        // Relative locations keep the credentials; another origin gets none (its own userinfo, if any).
        current = new URL(response.headers.location, current);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new DownloadError(
          `${shown} answered HTTP ${status}`,
          status,
          status >= 500 || RETRYABLE_STATUS.has(status),
          parseRetryAfter(response.headers["retry-after"]),
        );
      }
      const header = response.headers["content-length"];
      const length = header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
      let received = 0;
      response.on("error", (error) => {
        fail(new DownloadError(`${shown}: ${describeNetworkError(error, received, length)}`, undefined, true));
      });
      // Counts what arrives: fewer bytes than Content-Length is a failed attempt, never a short file.
      const checked = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          callback(null, chunk);
        },
        flush(callback) {
          if (length !== undefined && received !== length) {
            callback(fail(new DownloadError(`${shown}: the server sent ${received} of ${length} bytes`, undefined, true)));
          } else callback();
        },
      });
      live.add(checked);
      // The consumer's own failure (e.g. a bad archive) is reported as it is, unless the transfer failed first.
      pipeline(response, checked).catch(() => undefined);
      try {
        const result = await consume(checked, { length, url: current.href });
        if (failure) throw failure;
        return result;
      } catch (error) {
        throw failure ?? error;
      }
    }
  } finally {
    clearTimeout(deadline);
    for (const stream of live) stream.destroy();
  }
}

async function consumeFile<T>(url: URL, shown: string, consume: (body: Readable, info: BodyInfo) => Promise<T>): Promise<T> {
  const file = fileURLToPath(url);
  const stat = await fsp.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new DownloadError(`${shown} doesn't exist`, 404, false);
  return consume(createReadStream(file), { length: stat.size, url: url.href });
}

/**
 * Downloads `url` and hands its body to `consume`, retrying (with backoff, bounded) what may be temporary:
 * network errors, timeouts, short bodies, 5xx, 429 (honouring Retry-After). `consume` runs again on each
 * attempt, from the first byte; its own errors are not retried. Throws DownloadError when attempts run out.
 */
export async function download<T>(
  url: string,
  consume: (body: Readable, info: BodyInfo) => Promise<T>,
  options: DownloadOptions = {},
): Promise<T> {
  const limits = {
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {},
  };
  const attempts = Math.max(1, options.attempts ?? 4);
  const backoffMs = options.backoffMs ?? 500;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(url, limits, consume);
    } catch (error) {
      if (!(error instanceof DownloadError) || !error.retryable) throw error;
      if (attempt >= attempts) {
        throw new DownloadError(`${error.message} (${attempts} attempts)`, error.status, false);
      }
      const delay = error.retryAfterMs !== undefined ? Math.min(error.retryAfterMs, maxRetryAfterMs) : backoffMs * 2 ** (attempt - 1);
      options.onRetry?.(`${error.message}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${attempts})`);
      await sleep(delay);
    }
  }
}

/** Fetches a small text file (at most `maxBytes`); undefined when the server says it doesn't exist (404, 403, 410). */
export async function fetchOptionalText(url: string, options: DownloadOptions & { maxBytes?: number } = {}): Promise<string | undefined> {
  const maxBytes = options.maxBytes ?? 1 << 20;
  try {
    return await download(
      url,
      async (body) => {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of body as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > maxBytes) {
            body.destroy();
            throw new DownloadError(`${redactUrl(url)} is larger than ${maxBytes} bytes`, undefined, false);
          }
          chunks.push(chunk);
        }
        return Buffer.concat(chunks).toString("utf8");
      },
      options,
    );
  } catch (error) {
    if (error instanceof DownloadError && (error.status === 404 || error.status === 403 || error.status === 410)) return undefined;
    throw error;
  }
}

/** The digest in a `.sha256` file: a hex digest, optionally followed by the file name as sha256sum prints it. Pure. */
export function parseSha256File(text: string): string | undefined {
  const match = /^\s*([0-9a-fA-F]{64})(?:\s+\*?\S.*)?\s*$/.exec(text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "");
  return match?.[1]?.toLowerCase();
}
