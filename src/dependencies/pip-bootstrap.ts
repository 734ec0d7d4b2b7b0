import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import fg from "fast-glob";
import fs from "fs-extra";
import { pythonHome } from "../context.js";
import { download } from "../support/download.js";
import { redactSecrets, redactUrl } from "../support/redact.js";
import { pip, type PipRun } from "./pip-runner.js";
import { pythonExecutable } from "../runtime/python-runtime.js";

/** How long the direct route may wait on the index before pyslug falls back to pip. */
const INDEX_TIMEOUT_MS = 30_000;

/** An index to ask, with the userinfo of its URL moved into a header (so it is never sent to another origin). */
interface IndexSource {
  url: URL;
  headers: Record<string, string>;
}

/** The app's indexes in pip's order: PIP_INDEX_URL (or PyPI), then each PIP_EXTRA_INDEX_URL. Pure. */
export function indexSources(env: Record<string, string>): IndexSource[] {
  const urls = [env["PIP_INDEX_URL"]?.trim() || "https://pypi.org/simple", ...(env["PIP_EXTRA_INDEX_URL"] ?? "").split(/\s+/)];
  const sources: IndexSource[] = [];
  for (const text of urls.filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(text.endsWith("/") ? text : `${text}/`);
    } catch {
      continue;
    }
    const headers: Record<string, string> = {};
    if (url.username || url.password) {
      const user = decodeURIComponent(url.username);
      const password = decodeURIComponent(url.password);
      headers["authorization"] = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
      url.username = "";
      url.password = "";
    }
    sources.push({ url, headers });
  }
  return sources;
}

/** The link to `file` on a PEP 503 project page, with the sha256 the page gives for it (if any). Pure. */
export function findWheelLink(page: string, pageUrl: URL, file: string): { url: URL; sha256?: string } | undefined {
  for (const match of page.matchAll(/<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
    const href = match[1]!.replace(/&amp;/g, "&");
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (decodeURIComponent(path.posix.basename(url.pathname)) !== file) continue;
    const sha256 = /(?:^|&)sha256=([0-9a-fA-F]{64})(?:&|$)/.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = "";
    return { url, sha256 };
  }
  return undefined;
}

async function fetchBytes(url: URL, headers: Record<string, string>): Promise<Buffer> {
  // node:http through support/download (never fetch(): see the comment at the top of download.ts).
  return download(
    url.href,
    async (body) => {
      const chunks: Buffer[] = [];
      for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    { headers, timeoutMs: INDEX_TIMEOUT_MS, attempts: 2 },
  );
}

/** Downloads pip's wheel from the first index that has it, checked against the sha256 the index gives. */
async function downloadPipWheel(run: PipRun, version: string, dest: string): Promise<void> {
  const file = `pip-${version}-py3-none-any.whl`;
  const misses: string[] = [];
  for (const source of indexSources(run.index.env)) {
    const pageUrl = new URL("pip/", source.url);
    let page: string;
    try {
      page = (await fetchBytes(pageUrl, source.headers)).toString("utf8");
    } catch (error) {
      misses.push((error as Error).message);
      continue;
    }
    const link = findWheelLink(page, pageUrl, file);
    if (!link) {
      misses.push(`${redactUrl(pageUrl.href)} has no ${file}`);
      continue;
    }
    if (!link.sha256) throw new Error(`${redactUrl(pageUrl.href)} gives no sha256 for ${file}`);
    const sameOrigin = link.url.origin === source.url.origin;
    const bytes = await fetchBytes(link.url, sameOrigin ? source.headers : {});
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (actual !== link.sha256) throw new Error(`${file} from the index doesn't match the sha256 its page gives`);
    await fs.writeFile(dest, bytes);
    return;
  }
  throw new Error(misses.join("; ") || "no package index is set");
}

/** The version of the pip in site-packages, from its metadata dir's name (no interpreter started). */
async function installedPip(home: string): Promise<{ version?: string; any: boolean }> {
  const found = await fg(["lib/python3*/site-packages/pip-*.dist-info", "lib/python3*/site-packages/pip"], {
    cwd: home,
    onlyDirectories: true,
  });
  const infos = found.filter((f) => f.endsWith(".dist-info"));
  const version = infos.length === 1 ? /pip-(.+)\.dist-info$/.exec(infos[0]!)?.[1] : undefined;
  return { version, any: found.length > 0 };
}

/** The old route: the pip wheel the runtime bundles for ensurepip installs pip from the app's index. */
async function installWithBundledPip(run: PipRun, version: string): Promise<void> {
  const home = pythonHome(run.ctx);
  const [wheel] = await fg("lib/python3*/ensurepip/_bundled/pip-*.whl", { cwd: home, absolute: true });
  if (!wheel) throw new Error(`the Python runtime has no bundled pip wheel (ensurepip/_bundled) to bootstrap pip ${version} from`);
  await pip(run, ["install", "--no-warn-script-location", `pip==${version}`], `Installing pip ${version}`, {
    quiet: true,
    python: [pythonExecutable(home), path.join(wheel, "pip")],
  });
}

/**
 * Puts the pinned pip in the runtime, from the app's package index. The direct route downloads the
 * wheel and unpacks it as an installer would (lib/install_wheel.py: RECORD, INSTALLER, scripts), in
 * a fraction of a second; when it can't (another pip already there, an index it can't read, a
 * wheel it doesn't install), the runtime's bundled pip installs it, as pip would, with the reason logged.
 */
export async function bootstrapPip(run: PipRun, version: string): Promise<void> {
  await run.ctx.log.measure("pipBootstrap", () => putPipInPlace(run, version));
}

async function putPipInPlace(run: PipRun, version: string): Promise<void> {
  const { ctx } = run;
  const home = pythonHome(ctx);
  const installed = await installedPip(home);
  if (installed.version === version) return;
  ctx.log.info(`Installing pip ${version}`);
  let reason: string;
  if (installed.any) {
    reason = `pip ${installed.version ?? "(unknown version)"} is already installed`;
  } else {
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-pip-"));
    try {
      const wheel = path.join(scratch, `pip-${version}-py3-none-any.whl`);
      await downloadPipWheel(run, version, wheel);
      await run.beforeWrite?.();
      const unpack = await execa(pythonExecutable(home), [path.join(ctx.buildpackDir, "lib", "install_wheel.py"), wheel, "pyslug"], {
        env: ctx.env,
        extendEnv: false,
        reject: false,
        all: true,
      });
      if (unpack.exitCode === 0) return;
      reason = unpack.all?.trim().split("\n").at(-1) ?? `exit status ${unpack.exitCode}`;
    } catch (error) {
      reason = (error as Error).message;
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  }
  ctx.log.info(`Using the runtime's bundled pip to install it: ${redactSecrets(reason, run.index.secrets)}`);
  await installWithBundledPip(run, version);
}
