// The runtime archive download against a misbehaving mirror (test/heroku/fault-server.ts), driven
// directly (fast): every fault mode ends in success after a retry or in one clear error, with the URL's
// credentials redacted and nothing left behind.
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArchive } from "../../src/runtime/fetch-archive.js";
import { download, DownloadError, parseRetryAfter, secondsSetting } from "../../src/support/download.js";
import { BuildError } from "../../src/support/errors.js";
import { startFaultServer, type FaultMode, type FaultServer } from "../heroku/fault-server.js";
import { repoRoot } from "./helpers.js";

const ARCHIVE = "python-3.99.0-ubuntu-24.04-amd64.tar.zst";
const BIG = "big.bin";
const SECRET = "s3cr3t-token";

let server: FaultServer;
let work: string;
let archive: Buffer;
let archiveSha256: string;
let big: Buffer;
let bigSha256: string;
/** The files the archive holds, by relative path. */
const files: Record<string, Buffer> = {};

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "pyslug-faults-"));
  const tree = path.join(work, "tree");
  await mkdir(path.join(tree, "bin"), { recursive: true });
  await mkdir(path.join(tree, "lib"), { recursive: true });
  // Incompressible content, so the body spans many reads.
  files["bin/python3"] = randomBytes(400_000);
  files["lib/libpython.so"] = randomBytes(600_000);
  files["lib/README"] = Buffer.from("a runtime\n");
  for (const [rel, bytes] of Object.entries(files)) await writeFile(path.join(tree, rel), bytes);
  const file = path.join(work, "archive.tar.zst");
  await execa("bash", ["-o", "pipefail", "-c", `tar -C "${tree}" -cf - . | zstd -q -o "${file}"`]);
  archive = await readFile(file);
  archiveSha256 = sha256(archive);
  big = randomBytes(64 << 20);
  bigSha256 = sha256(big);
  server = await startFaultServer({
    origin: (name) => Promise.resolve(name === ARCHIVE ? archive : name === BIG ? big : undefined),
    lifetimeMs: 300_000,
  });
});

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The fault server's URL with credentials in it, as a private mirror's would be. */
const withCredentials = (url: string) => url.replace("http://", `http://mirror:${SECRET}@`);

type Outcome =
  | { ok: true; requests: number; retries: number; verified: boolean }
  | { ok: false; error: RegExp; kind: "download" | "build"; requests: number };

const CASES: Record<FaultMode, Outcome> = {
  ok: { ok: true, requests: 1, retries: 0, verified: true },
  "close-fin": { ok: true, requests: 1, retries: 0, verified: true },
  "reset-once": { ok: true, requests: 2, retries: 1, verified: true },
  "reset-always": { ok: false, kind: "download", error: /the connection broke after \d+ of \d+ bytes.*\(4 attempts\)/, requests: 4 },
  "short-once": { ok: true, requests: 2, retries: 1, verified: true },
  http10: { ok: true, requests: 1, retries: 0, verified: true },
  stall: { ok: false, kind: "download", error: /the download took longer than 1s \(CURL_TIMEOUT\) \(4 attempts\)/, requests: 4 },
  "500-once": { ok: true, requests: 2, retries: 1, verified: true },
  "500-always": { ok: false, kind: "download", error: /answered HTTP 500 \(4 attempts\)/, requests: 4 },
  "503-thrice": { ok: true, requests: 4, retries: 3, verified: true },
  "429-retry-after": { ok: true, requests: 2, retries: 1, verified: true },
  "404": { ok: false, kind: "download", error: /answered HTTP 404$/, requests: 1 },
  "403": { ok: false, kind: "download", error: /answered HTTP 403$/, requests: 1 },
  redirect: { ok: true, requests: 1, retries: 0, verified: true },
  "sha256-mismatch": { ok: false, kind: "build", error: /failed verification[^]*says 0{64}/, requests: 1 },
  "sha256-html": { ok: false, kind: "build", error: /\.sha256 doesn't contain a SHA-256 digest/, requests: 0 },
  "not-tar": { ok: false, kind: "build", error: /isn't a \.tar\.zst or \.tar\.gz Python build: it is not a zstd or gzip/, requests: 1 },
  truncated: {
    ok: false,
    kind: "build",
    error: /isn't a \.tar\.zst or \.tar\.gz Python build: .*(premature|unexpected) end/i,
    requests: 1,
  },
  "truncated-sha256": { ok: false, kind: "build", error: /failed verification/, requests: 1 },
};

describe("the runtime archive download, mode by mode", () => {
  it.each(Object.entries(CASES) as [FaultMode, Outcome][])("%s", async (mode, expected) => {
    server.reset();
    const dest = path.join(work, `dest-${mode}`);
    const retries: string[] = [];
    const url = withCredentials(server.fileUrl(mode, ARCHIVE));
    const started = Date.now();
    const result = await fetchArchive(url, dest, {
      onRetry: (line) => retries.push(line),
      download: { timeoutMs: mode === "stall" ? 1000 : 30_000, backoffMs: 20 },
    }).then(
      (fetched) => ({ fetched }),
      (error: unknown) => ({ error }),
    );
    const archiveRequests = server.requests.filter((r) => r.name === ARCHIVE).length;
    // Whatever happened, nothing half-made is left beside the destination.
    expect(await readdir(work)).not.toContain(`dest-${mode}.partial`);
    for (const line of retries) {
      expect(line).not.toContain(SECRET);
      expect(line).toMatch(/^http:\/\/\*\*\*@127\.0\.0\.1:\d+\/.*; retrying in \d+\.\ds \(attempt \d of 4\)$/);
    }
    if (expected.ok) {
      expect("fetched" in result ? result.fetched : result.error).toEqual({ sha256: archiveSha256, verified: expected.verified });
      for (const [rel, bytes] of Object.entries(files)) expect(sha256(await readFile(path.join(dest, rel)))).toBe(sha256(bytes));
      expect(archiveRequests).toBe(expected.requests);
      expect(retries).toHaveLength(expected.retries);
      if (mode === "429-retry-after") expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    } else {
      expect("error" in result).toBe(true);
      const error = (result as { error: Error }).error;
      expect(error).toBeInstanceOf(expected.kind === "download" ? DownloadError : BuildError);
      expect(error.message).toMatch(expected.error);
      expect(error.message).toMatch(/http:\/\/\*\*\*@127\.0\.0\.1:\d+\//);
      expect(error.message).not.toContain(SECRET);
      expect(error.message).not.toMatch(/ERR_|node:internal|\n\s+at /);
      expect(await readdir(work)).not.toContain(`dest-${mode}`);
      expect(archiveRequests).toBe(expected.requests);
    }
  });

  it("covers every mode of the fault server", async () => {
    const { FAULT_MODES } = await import("../heroku/fault-server.js");
    expect(Object.keys(CASES).sort()).toEqual([...FAULT_MODES].sort());
  });

  it("honours the connect timeout (a listener that never accepts)", async () => {
    // A backlog of one, filled, and never accepted: the next SYN is dropped, so connecting hangs.
    const listener = execa("python3", [
      "-c",
      "import socket,sys,time\ns=socket.socket();s.bind(('127.0.0.1',0));s.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(60)",
    ]);
    try {
      const port = await new Promise<string>((resolve) => listener.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())));
      const { Socket } = await import("node:net");
      const fillers = Array.from({ length: 3 }, () => new Socket().connect(Number(port), "127.0.0.1").on("error", () => undefined));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      const error = await download(`http://127.0.0.1:${port}/x`, () => Promise.resolve("never"), {
        connectTimeoutMs: 500,
        attempts: 2,
        backoffMs: 10,
      }).catch((e: unknown) => e as Error);
      fillers.forEach((s) => s.destroy());
      expect((error as Error).message).toMatch(/no connection within 0\.5s \(CURL_CONNECT_TIMEOUT\) \(2 attempts\)/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      listener.kill();
      await listener.catch(() => undefined);
    }
  });
});

describe("settings and headers", () => {
  it("reads CURL_* seconds and Retry-After", () => {
    expect(secondsSetting("30", 1)).toBe(30_000);
    expect(secondsSetting("0.5", 1)).toBe(500);
    for (const bad of [undefined, "", "0", "-3", "soon"]) expect(secondsSetting(bad, 7)).toBe(7);
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 4000)).toBe(6000);
    expect(parseRetryAfter("later")).toBeUndefined();
  });
});

describe("Connection: close + FIN with a slow consumer (the undici#5360 trigger)", () => {
  it("runs on the pinned Node", async () => {
    const pinned = /^NODE_VERSION=(.+)$/m.exec(await readFile(path.join(repoRoot, "inventory", "node.env"), "utf8"))?.[1];
    expect(process.version).toBe(`v${pinned}`);
  });

  it("downloads 64 MB whole, 50 times, with a consumer that waits 2 ms per chunk", async () => {
    const url = server.fileUrl("close-fin", BIG);
    server.reset();
    // All at once: each download is slow by design (about a thousand chunks, 2 ms each), so they overlap.
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        download(
          url,
          async (body) => {
            const hash = createHash("sha256");
            let bytes = 0;
            for await (const chunk of body as AsyncIterable<Buffer>) {
              hash.update(chunk);
              bytes += chunk.length;
              await new Promise((resolve) => setTimeout(resolve, 2));
            }
            return { bytes, sha256: hash.digest("hex") };
          },
          // No retry: each of the 50 must succeed at the first attempt.
          { attempts: 1 },
        ),
      ),
    );
    expect(results).toHaveLength(50);
    for (const result of results) expect(result).toEqual({ bytes: big.length, sha256: bigSha256 });
    expect(server.requests.filter((r) => r.mode === "close-fin")).toHaveLength(50);
  }, 300_000);
});
