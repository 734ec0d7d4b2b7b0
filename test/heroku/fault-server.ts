// A misbehaving mirror for the local Heroku: serves files over raw TCP on loopback, each URL's first
// path segment naming a fault (a reset mid-body, a short body, a stall, 503s, a redirect...). It is
// bounded (connections, lifetime) and stops by itself. The bytes come from an origin function, e.g.
// the artifact server's archives (fromArtifactServer), so full deploys can point PYSLUG_PYTHON_URL here.
import { createHash } from "node:crypto";
import http from "node:http";
import net from "node:net";
import type { ArtifactServer } from "./artifact-server.js";

export const FAULT_MODES = [
  /** Plain HTTP/1.1 with Content-Length, kept alive: the control. */
  "ok",
  /** Content-Length, `Connection: close`, the whole body, then FIN (the undici#5360 trigger with a slow consumer). */
  "close-fin",
  /** The connection is reset (RST) halfway through the body, on the first attempt. */
  "reset-once",
  /** The connection is reset halfway through the body, every time. */
  "reset-always",
  /** Half the body, then FIN, with the full Content-Length, on the first attempt. */
  "short-once",
  /** An HTTP/1.0 answer without Content-Length: the body ends when the connection closes. */
  "http10",
  /** Headers, then nothing, until the client gives up. */
  "stall",
  /** HTTP 500 on the first attempt, then the file. */
  "500-once",
  /** HTTP 500 every time. */
  "500-always",
  /** HTTP 503 on the first three attempts, then the file. */
  "503-thrice",
  /** HTTP 429 with `Retry-After: 1` on the first attempt, then the file. */
  "429-retry-after",
  /** HTTP 404 (a missing file). */
  "404",
  /** HTTP 403 (S3's answer for a missing key). */
  "403",
  /** A 302 to the same file on another loopback port. */
  "redirect",
  /** The archive is fine; its `.sha256` names another digest. */
  "sha256-mismatch",
  /** The archive is fine; its `.sha256` is an HTML error page (status 200). */
  "sha256-html",
  /** The archive is an HTML page, not a tar. */
  "not-tar",
  /** The first half of the archive, served as a whole file (no `.sha256`). */
  "truncated",
  /** The first half of the archive, with the `.sha256` of the whole archive. */
  "truncated-sha256",
] as const;

export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultRequest {
  mode: string;
  /** The file name asked for (after the mode segment). */
  name: string;
  /** 1 for the first request of this mode and name since the last reset(). */
  attempt: number;
  at: number;
}

export interface FaultServerOptions {
  /** The bytes of a file by name (e.g. "python-3.12.1-ubuntu-24.04-amd64.tar.zst"); undefined when there is none. */
  origin: (name: string) => Promise<Buffer | undefined>;
  /** The server closes itself after this long (default 10 minutes). */
  lifetimeMs?: number;
  /** At most this many open connections; more are refused (default 64). */
  maxConnections?: number;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The URL of a file served with a fault. */
  fileUrl(mode: FaultMode, name: string): string;
  requests: FaultRequest[];
  /** Forgets the requests and the attempt counts. */
  reset(): void;
  close(): Promise<void>;
}

const CRLF = "\r\n";

function head(status: number, reason: string, headers: Record<string, string | number>, version = "1.1"): string {
  return `HTTP/${version} ${status} ${reason}${CRLF}${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}${CRLF}`)
    .join("")}${CRLF}`;
}

/** Reads one request head from a socket; resolves with the request line's path (undefined if the client left). */
function readRequest(socket: net.Socket): Promise<string | undefined> {
  return new Promise((resolve) => {
    let buffered = "";
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString("latin1");
      const end = buffered.indexOf("\r\n\r\n");
      if (end < 0) {
        if (buffered.length > 65536) socket.destroy();
        return;
      }
      socket.off("data", onData);
      socket.pause();
      resolve(/^[A-Z]+ (\S+) HTTP\/1\.[01]\r\n/.exec(buffered)?.[1]);
    };
    socket.on("data", onData);
    socket.once("close", () => resolve(undefined));
  });
}

export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  const requests: FaultRequest[] = [];
  const attempts = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const original = (name: string) => {
    let bytes = cache.get(name);
    if (!bytes) {
      bytes = options.origin(name);
      cache.set(name, bytes);
    }
    return bytes;
  };
  const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

  // The other end of "redirect": a plain server on another port.
  const target = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "/").slice(1));
    void original(name.replace(/\.sha256$/, "")).then((bytes) => {
      if (!bytes) return void res.writeHead(404, { "content-length": 0 }).end();
      const body = name.endsWith(".sha256") ? Buffer.from(`${sha256(bytes)}  ${name.slice(0, -7)}\n`) : bytes;
      res.writeHead(200, { "content-length": body.length }).end(body);
    });
  });
  await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
  const targetPort = (target.address() as net.AddressInfo).port;

  async function serve(socket: net.Socket): Promise<void> {
    for (;;) {
      const requestPath = await readRequest(socket);
      if (requestPath === undefined) return;
      const [, mode = "", ...rest] = decodeURIComponent(requestPath.split("?")[0]!).split("/");
      const name = rest.join("/");
      const key = `${mode}/${name}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      requests.push({ mode, name, attempt, at: Date.now() });
      const keepAlive = await respond(socket, mode, name, attempt);
      if (!keepAlive) return;
      socket.resume();
    }
  }

  const send = (socket: net.Socket, status: number, reason: string, body: Buffer | string, extra: Record<string, string> = {}) => {
    const bytes = Buffer.from(body);
    socket.write(head(status, reason, { "content-length": bytes.length, ...extra }));
    socket.write(bytes);
    return true;
  };

  /** Answers one request; false when the connection is done with. */
  async function respond(socket: net.Socket, mode: string, name: string, attempt: number): Promise<boolean> {
    const isSha = name.endsWith(".sha256");
    const file = isSha ? name.slice(0, -".sha256".length) : name;
    const bytes = await original(file);
    if (!bytes) return send(socket, 404, "Not Found", "Not Found\n");
    const shaText = (digest: string) => `${digest}  ${file}\n`;
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    const ok = () => send(socket, 200, "OK", isSha ? shaText(sha256(bytes)) : bytes);
    // Transfer and status faults hit the archive; its `.sha256` is served plainly (unless the fault is the `.sha256`).
    if (isSha && !["404", "403", "sha256-mismatch", "sha256-html", "not-tar", "truncated", "truncated-sha256"].includes(mode)) return ok();

    switch (mode as FaultMode) {
      case "ok":
        return ok();
      case "close-fin": {
        const body = isSha ? Buffer.from(shaText(sha256(bytes))) : bytes;
        socket.write(head(200, "OK", { "content-length": body.length, connection: "close" }));
        socket.end(body);
        return false;
      }
      case "reset-once":
      case "reset-always":
        if (mode === "reset-once" && attempt > 1) return ok();
        socket.write(head(200, "OK", { "content-length": bytes.length }));
        socket.write(half, () => setTimeout(() => socket.resetAndDestroy(), 20));
        return false;
      case "short-once":
        if (attempt > 1) return ok();
        socket.write(head(200, "OK", { "content-length": bytes.length }));
        socket.end(half);
        return false;
      case "http10": {
        const body = isSha ? Buffer.from(shaText(sha256(bytes))) : bytes;
        socket.write(head(200, "OK", { "content-type": "application/octet-stream" }, "1.0"));
        socket.end(body);
        return false;
      }
      case "stall":
        socket.write(head(200, "OK", { "content-length": bytes.length }));
        socket.write(bytes.subarray(0, 1024));
        // Nothing more; the client times out (or the server's lifetime ends).
        return false;
      case "500-once":
        return attempt === 1 ? send(socket, 500, "Internal Server Error", "oops\n") : ok();
      case "500-always":
        return send(socket, 500, "Internal Server Error", "oops\n");
      case "503-thrice":
        return attempt <= 3 ? send(socket, 503, "Service Unavailable", "busy\n") : ok();
      case "429-retry-after":
        return attempt === 1 ? send(socket, 429, "Too Many Requests", "slow down\n", { "retry-after": "1" }) : ok();
      case "404":
        return send(socket, 404, "Not Found", "<html><body>Not Found</body></html>\n", { "content-type": "text/html" });
      case "403":
        return send(socket, 403, "Forbidden", '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>\n');
      case "redirect":
        return send(socket, 302, "Found", "", { location: `http://127.0.0.1:${targetPort}/${encodeURIComponent(name)}` });
      case "sha256-mismatch":
        return isSha ? send(socket, 200, "OK", shaText("0".repeat(64))) : ok();
      case "sha256-html":
        return isSha
          ? send(socket, 200, "OK", "<!DOCTYPE html><html><body>Error 500</body></html>\n", { "content-type": "text/html" })
          : ok();
      case "not-tar":
        return isSha
          ? send(socket, 404, "Not Found", "")
          : send(socket, 200, "OK", "<!DOCTYPE html><html><body>Welcome to our mirror</body></html>\n", { "content-type": "text/html" });
      case "truncated":
        return isSha ? send(socket, 404, "Not Found", "") : send(socket, 200, "OK", half);
      case "truncated-sha256":
        return send(socket, 200, "OK", isSha ? shaText(sha256(bytes)) : half);
      default:
        return send(socket, 400, "Bad Request", `unknown fault mode ${mode}\n`);
    }
  }

  const server = net.createServer((socket) => {
    if (sockets.size >= (options.maxConnections ?? 64)) return void socket.destroy();
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.once("close", () => sockets.delete(socket));
    serve(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      clearTimeout(lifetime);
      for (const socket of sockets) socket.destroy();
      target.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => server.close(() => resolve())),
        new Promise<void>((resolve) => target.close(() => resolve())),
      ]);
    })());
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? 600_000);
  lifetime.unref();

  return {
    url: `http://127.0.0.1:${port}`,
    fileUrl: (mode, name) => `http://127.0.0.1:${port}/${mode}/${encodeURIComponent(name)}`,
    requests,
    reset: () => {
      requests.length = 0;
      attempts.clear();
    },
    close,
  };
}

/** An origin serving the artifact server's Python archives by file name (as PYSLUG_PYTHON_URL builds it). */
export function fromArtifactServer(server: ArtifactServer): (name: string) => Promise<Buffer | undefined> {
  return async (name) => {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(`${server.url}/python/${encodeURIComponent(name)}`, resolve).on("error", reject),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    return response.statusCode === 200 ? Buffer.concat(chunks) : undefined;
  };
}
