// The loopback artifact server: Node and Python runtime archives, sha256 sidecars and a
// PEP 503 package index, with a request log and per-path overrides for tampering tests.
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { inventoryPip, inventoryPythonLatest } from "./inventory.js";
import { buildNodeArchive, type NodeArchive, type NodeArchiveFormat } from "./node-archive.js";
import { ensureDownloaded, normalizeName, PackageIndex, projectOfFile } from "./package-index.js";
import { debianArch } from "./paths.js";
import {
  buildPythonArchive,
  localPythonVersions,
  resolveLocalPython,
  type PythonArchive,
  type PythonArchiveFormat,
} from "./python-archive.js";

export interface ArtifactServerOptions {
  /** Local versions ("3.12.1" or "3.12") to build before the server starts. Others build on first request. */
  pythonVersions?: string[];
  /** Serve versions not listed in pythonVersions too (built on first request). Default true. */
  lazyPython?: boolean;
  /** Ubuntu version served in Python archive names (heroku-24 -> 24.04). */
  ubuntu?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export interface Override {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

/** A response body being sent. */
export interface Transfer {
  path: string;
  /** Bytes of the body sent so far. */
  sent: number;
  size: number;
}

export interface ArtifactServer {
  url: string;
  nodeArchive: { url: string; sha256: string; version: string };
  /** Template with {version}, {ubuntu}, {arch} placeholders. */
  pythonUrlTemplate: string;
  /** The PEP 503 index root (`${url}/simple`). */
  indexUrl: string;
  /** Every request served so far. */
  requests: RecordedRequest[];
  clearRequests(): void;
  /** Replaces the response for one exact path (e.g. a wrong .sha256, corrupt bytes, a 404). */
  override(path: string, response: Override): void;
  removeOverride(path: string): void;
  /** Sends the files of matching paths at `bytesPerSecond` (a slow mirror), so a test can act mid-download. */
  throttle(pattern: RegExp, bytesPerSecond: number): void;
  unthrottle(): void;
  /** Files being sent right now. */
  transfers(): Transfer[];
  /** URL of the Python archive for a version as pyslug would compute it. */
  pythonUrl(version: string, format?: PythonArchiveFormat): string;
  /** The sha256 the server advertises for a served Python archive (builds it if needed). */
  pythonSha256(version: string, format?: PythonArchiveFormat): Promise<string>;
  addPackages(paths: string[]): void;
  /**
   * The same index under /private/simple (files under /private/files), answering 401 unless the
   * request carries these HTTP Basic credentials. Returns the private index URL (without credentials).
   * Projects named in `privateOnly` are then only there: the public index answers 404 for them, as
   * PyPI does for a company's own packages.
   */
  requireCredentials(username: string, password: string, privateOnly?: string[]): string;
  /** Requests to /private/ that were refused, and that were let in. */
  privateRequests: { refused: number; allowed: number };
  ensureDownloaded(requirements: string[], pythonVersion: string): Promise<void>;
  close(): Promise<void>;
}

/** Maps a requested version (exact local, or the inventory's latest patch) to a local version. */
async function localFor(requested: string, allowed: Set<string> | undefined): Promise<string | undefined> {
  const locals = await localPythonVersions();
  let local: string | undefined;
  if (locals.includes(requested)) local = requested;
  else {
    const minor = requested.split(".").slice(0, 2).join(".");
    if (inventoryPythonLatest()[minor] === requested) local = await resolveLocalPython(minor);
  }
  if (local && allowed && !allowed.has(local)) return undefined;
  return local;
}

export async function startArtifactServer(opts: ArtifactServerOptions = {}): Promise<ArtifactServer> {
  const ubuntu = opts.ubuntu ?? "24.04";
  const arch = debianArch();
  const node: NodeArchive = await buildNodeArchive();
  const preset = new Set<string>();
  for (const spec of opts.pythonVersions ?? []) {
    const local = await resolveLocalPython(spec);
    if (!local) throw new Error(`no local CPython for ${spec}`);
    await buildPythonArchive(local);
    preset.add(local);
  }
  const allowed = opts.lazyPython === false ? preset : undefined;
  const index = new PackageIndex();
  const requests: RecordedRequest[] = [];
  const overrides = new Map<string, Override>();
  const throttles: { pattern: RegExp; bytesPerSecond: number }[] = [];
  const transfers = new Set<Transfer>();
  const pythonRe = new RegExp(
    `^/python/python-(\\d+\\.\\d+\\.\\d+)-ubuntu-${ubuntu.replace(".", "\\.")}-${arch}\\.(tar\\.zst|tar\\.gz)(\\.sha256)?$`,
  );
  const nodeRe = new RegExp(
    `^/node/(${node
      .fileName("tar.xz")
      .replace(/\.tar\.xz$/, "")
      .replace(/\./g, "\\.")})\\.(tar\\.xz|tar\\.gz)(\\.sha256)?$`,
  );

  let credentials: string | undefined;
  let privateOnly = new Set<string>();
  const privateRequests = { refused: 0, allowed: 0 };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, fullPath: string): Promise<void> {
    const sendText = (status: number, text: string, type = "text/plain"): void => {
      res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
      res.end(req.method === "HEAD" ? undefined : text);
    };
    const sendFile = async (file: string, type = "application/octet-stream", headers: Record<string, string> = {}): Promise<void> => {
      const st = await fs.stat(file);
      res.writeHead(200, { "content-type": type, "content-length": st.size, ...headers });
      if (req.method === "HEAD") return void res.end();
      const transfer: Transfer = { path: urlPath, sent: 0, size: st.size };
      const rate = throttles.find((t) => t.pattern.test(urlPath))?.bytesPerSecond;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          transfer.sent += chunk.length;
          if (rate === undefined) callback(null, chunk);
          else setTimeout(() => callback(null, chunk), (chunk.length / rate) * 1000);
        },
      });
      transfers.add(transfer);
      try {
        await pipeline(createReadStream(file, { highWaterMark: 64 * 1024 }), meter, res);
      } finally {
        transfers.delete(transfer);
      }
    };

    let urlPath = fullPath;
    let filesBase = "/files";
    if (fullPath.startsWith("/private/")) {
      const given = req.headers.authorization ?? "";
      if (credentials === undefined || given !== `Basic ${Buffer.from(credentials).toString("base64")}`) {
        privateRequests.refused += 1;
        res.writeHead(401, { "www-authenticate": 'Basic realm="pyslug test index"', "content-length": 0 });
        return void res.end();
      }
      privateRequests.allowed += 1;
      urlPath = fullPath.slice("/private".length);
      filesBase = "/private/files";
      if (!urlPath.startsWith("/simple") && !urlPath.startsWith("/files/")) return sendText(404, "Not Found\n");
    }
    const nodeMatch = nodeRe.exec(urlPath);
    if (nodeMatch) {
      const format = nodeMatch[2] as NodeArchiveFormat;
      const name = node.fileName(format);
      if (nodeMatch[3]) return sendText(200, `${node.sha256(format)}  ${name}\n`);
      return sendFile(node.file(format));
    }
    const pyMatch = pythonRe.exec(urlPath);
    if (pyMatch) {
      const local = await localFor(pyMatch[1]!, allowed);
      if (!local) return sendText(404, "Not Found\n");
      const archive: PythonArchive = await buildPythonArchive(local);
      const format = pyMatch[2] as PythonArchiveFormat;
      if (pyMatch[3]) {
        const name = urlPath.slice("/python/".length, -".sha256".length);
        return sendText(200, `${archive.sha256(format)}  ${name}\n`);
      }
      return sendFile(archive.file(format));
    }
    if (urlPath === "/simple" || urlPath === "/simple/") return sendText(200, await index.rootPage(), "text/html");
    const project = /^\/simple\/([^/]+)\/?$/.exec(urlPath)?.[1];
    const hidden = (name: string | undefined) =>
      filesBase === "/files" && name !== undefined && privateOnly.has(normalizeName(decodeURIComponent(name)));
    if (hidden(project) || hidden(projectOfFile(/^\/files\/([^/]+)$/.exec(urlPath)?.[1] ?? ""))) return sendText(404, "Not Found\n");
    if (project) {
      const page = await index.projectPage(decodeURIComponent(project), filesBase);
      return page ? sendText(200, page, "text/html") : sendText(404, "Not Found\n");
    }
    const fileName = /^\/files\/([^/]+)$/.exec(urlPath)?.[1];
    if (fileName) {
      const file = await index.fileByName(decodeURIComponent(fileName));
      // Package files never change; PyPI says so the same way, and pip's HTTP cache relies on it.
      return file
        ? sendFile(file, "application/octet-stream", { "cache-control": "max-age=365000000, immutable, public" })
        : sendText(404, "Not Found\n");
    }
    sendText(404, "Not Found\n");
  }

  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    // 'close' fires whether or not 'finish' does: a client that read the whole body may hang up first.
    res.once("close", () => requests.push({ method: req.method ?? "GET", path: urlPath, status: res.statusCode }));
    const ov = overrides.get(urlPath);
    if (ov) {
      const body = ov.body ?? "";
      res.writeHead(ov.status ?? 200, { "content-length": Buffer.byteLength(body), ...ov.headers });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    handle(req, res, urlPath).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(`${String(err)}\n`);
      } else res.destroy();
    });
  });
  // Like PyPI, the index always has what every build needs: the pip pyslug pins, and the build backend
  // that pip's build isolation fetches for setup.py projects.
  await ensureDownloaded([`pip==${inventoryPip()}`, "setuptools", "wheel"], "3.12");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pythonUrlTemplate = `${url}/python/python-{version}-ubuntu-{ubuntu}-{arch}.tar.zst`;
  const pythonUrl = (version: string, format: PythonArchiveFormat = "tar.zst"): string =>
    `${url}/python/python-${version}-ubuntu-${ubuntu}-${arch}.${format}`;

  return {
    url,
    nodeArchive: { url: `${url}/node/${node.fileName("tar.gz")}`, sha256: node.sha256("tar.gz"), version: node.version },
    pythonUrlTemplate,
    indexUrl: `${url}/simple`,
    requests,
    clearRequests: () => void requests.splice(0),
    override: (p, response) => void overrides.set(p, response),
    removeOverride: (p) => void overrides.delete(p),
    throttle: (pattern, bytesPerSecond) => void throttles.unshift({ pattern, bytesPerSecond }),
    unthrottle: () => void throttles.splice(0),
    transfers: () => [...transfers].map((t) => ({ ...t })),
    pythonUrl,
    pythonSha256: async (version, format = "tar.zst") => {
      const local = await localFor(version, allowed);
      if (!local) throw new Error(`python ${version} is not served`);
      return (await buildPythonArchive(local)).sha256(format);
    },
    addPackages: (paths) => index.addPackages(paths),
    requireCredentials: (username, password, only = []) => {
      credentials = `${username}:${password}`;
      privateOnly = new Set(only.map(normalizeName));
      return `${url}/private/simple`;
    },
    privateRequests,
    ensureDownloaded: (reqs, version) => ensureDownloaded(reqs, version),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
