// The foundation, end to end: Node bootstrap, Python runtime, environment, cache reuse, version errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { pipfileHash } from "../../src/dependencies/pipenv/index.js";
import { loadPythonInventory } from "../../src/runtime/inventory.js";
import { AppPool, appSource, expectBuildError, expectSuccess, fixture, repoRoot } from "./helpers.js";

const inventory = await loadPythonInventory(repoRoot);

let server: ArtifactServer;
const pool = new AppPool(() => server);

const newApp = (name: string): Promise<App> => pool.create(name);

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: ["3.12", "3.11"] });
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

describe("a dependency-free app", () => {
  let app: App;
  let first: Awaited<ReturnType<App["deploy"]>>;

  beforeAll(async () => {
    app = await newApp("demo");
    server.clearRequests();
    first = await app.deploy({ source: fixture("demo") });
  });

  it("builds: Node brought by the shim (none on the build's PATH), Python downloaded and verified", () => {
    expectSuccess(first);
    expect(first.buildDir).toMatch(/^\/tmp\/build_[0-9a-f]+$/);
    expect(first.output).toMatch(/-----> pyslug \(Node\.js 24\.\d+\.\d+, downloaded, verified/);
    expect(first.output).toMatch(/Python 3\.12\.\d+ \(from \.python-version: 3\.12\)/);
    expect(first.output).toMatch(/Verified SHA-256 [0-9a-f]{12}… against python-3\.12\.\d+-ubuntu-24\.04-amd64\.tar\.zst\.sha256/);
    expect(first.output).toMatch(/-----> Done in \d+\.\d\ds \(Node\.js start-up/);
    const paths = server.requests.map((r) => r.path);
    expect(paths.some((p) => p.startsWith("/node/"))).toBe(true);
    expect(paths.some((p) => /^\/python\/python-3\.12\.\d+-ubuntu-24\.04-amd64\.tar\.zst$/.test(p))).toBe(true);
  });

  it("answers HTTP from a dyno with the slug at /app, in Heroku's plain mode and herokuish's strict mode", async () => {
    for (const mode of ["plain", "strict"] as const) {
      const web = await app.bootWeb({ mode });
      expect(web.status, web.output).toBe(200);
      const body = JSON.parse(web.body) as Record<string, string>;
      expect(body["message"]).toBe("Hello from pyslug");
      expect(body["prefix"]).toBe("/app/.heroku/python");
      expect(body["executable"]).toMatch(/^\/app\/\.heroku\/python\/bin\/python/);
      expect(body["cwd"]).toBe("/app");
    }
  });

  it("runs one-off commands with Python from the slug, never Node", async () => {
    const run = await app.run(
      'python -c "import sys, ssl, sqlite3; print(sys.prefix)"; node --version >/dev/null 2>&1 && echo has-node || echo no-node; echo "LD=$LD_LIBRARY_PATH"',
    );
    expect(run.exitCode, run.output).toBe(0);
    expect(run.stdout).toContain("/app/.heroku/python\n");
    expect(run.stdout).toContain("no-node");
    expect(run.stdout).toContain("LD=/app/.heroku/python/lib");
  });

  it("keeps Node out of the slug and the export file", async () => {
    const find = await app.run("find /app -name 'node*' -path '*bin*' | head -5; grep -ri node /app/.profile.d || true");
    expect(find.stdout.trim()).toBe("");
  });

  it("reuses the cached Node and Python on the second deploy, downloading nothing", async () => {
    server.clearRequests();
    const second = await app.deploy({ source: fixture("demo") });
    expectSuccess(second);
    expect(second.buildDir).not.toBe(first.buildDir);
    expect(second.output).toMatch(/pyslug \(Node\.js 24\.\d+\.\d+, cached, verified/);
    expect(second.output).toMatch(/Reusing cached Python 3\.12\.\d+/);
    expect(server.requests).toEqual([]);
    const web = await app.bootWeb({ mode: "strict" });
    expect(web.status, web.output).toBe(200);
  });
});

describe("tampered downloads", () => {
  it("a Python archive that doesn't match its .sha256 fails the build, and the cache stays usable", async () => {
    const app = await newApp("tampered-python");
    const source = await appSource({ ".python-version": "3.11\n", "requirements.txt": "" });
    const archivePath = new URL(server.pythonUrl(inventory.latest["3.11"]!)).pathname;
    server.override(`${archivePath}.sha256`, { body: `${"0".repeat(64)}  python.tar.zst\n` });
    try {
      const bad = await app.deploy({ source });
      expectBuildError(bad, /failed verification/);
      expect(bad.output).toMatch(/Nothing was installed or cached/);
    } finally {
      server.removeOverride(`${archivePath}.sha256`);
    }
    const good = await app.deploy({ source });
    expectSuccess(good);
    expect(good.output).toMatch(/Node\.js 24\.\d+\.\d+, cached, verified/);
    expect(good.output).toMatch(/Verified SHA-256/);
  });

  it("a Node archive that doesn't match PYSLUG_NODE_SHA256 fails the build before anything runs", async () => {
    const app = await newApp("tampered-node");
    const source = await appSource({ ".python-version": "3.12\n", "requirements.txt": "" });
    app.setConfig({ PYSLUG_NODE_SHA256: "f".repeat(64) });
    const bad = await app.deploy({ source });
    expect(bad.exitCode).toBe(1);
    expect(bad.output).toMatch(/The Node\.js archive from http:\/\/127\.0\.0\.1:\d+\/node\/.* failed verification/);
    expect(bad.output).toMatch(/Expected SHA-256 f{64}/);
    expect(bad.output).not.toMatch(/Installing Python/);

    app.setConfig({ PYSLUG_NODE_SHA256: server.nodeArchive.sha256 });
    app.unsetConfig("PYSLUG_NODE_URL");
    const half = await app.deploy({ source });
    expect(half.exitCode).toBe(1);
    expect(half.output).toMatch(/PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 must be set together/);

    // An official .tar.xz archive works as well as the .tar.gz one the inventory names.
    const xzUrl = server.nodeArchive.url.replace(/\.tar\.gz$/, ".tar.xz");
    const xzSha = (await (await fetch(`${xzUrl}.sha256`)).text()).split(/\s+/)[0]!;
    app.setConfig({ PYSLUG_NODE_URL: xzUrl, PYSLUG_NODE_SHA256: xzSha });
    const xz = await app.deploy({ source });
    expectSuccess(xz);
    expect(xz.output).toMatch(/pyslug \(Node\.js 24\.\d+\.\d+, downloaded, verified/);
    expect(server.requests.map((r) => r.path)).toContain(new URL(xzUrl).pathname);
  });
});

describe("Python versions", () => {
  // One app for the failing builds: a failed build leaves nothing the next one could trip on.
  let failing: Promise<App> | undefined;
  const deploy = async (files: Record<string, string>) => {
    failing ??= newApp("v-errors");
    const app = await failing;
    return { app, result: await app.deploy({ source: await appSource({ "requirements.txt": "", ...files }) }) };
  };

  it("refuses an unknown version", async () => {
    const { result } = await deploy({ ".python-version": "3.99\n" });
    expectBuildError(result, /\.python-version \(line 1\) asks for Python 3\.99, which pyslug doesn't know/);
  });

  it("refuses an end-of-life version", async () => {
    const { result } = await deploy({ ".python-version": "# old\n3.8\n" });
    expectBuildError(result, /\.python-version \(line 2\) asks for Python 3\.8, which has reached end of life/);
  });

  it("refuses a malformed version", async () => {
    const { result } = await deploy({ ".python-version": "python3.12\n" });
    expectBuildError(result, /\.python-version, line 1: "python3\.12" isn't a valid Python version/);
  });

  it("says when the runtime mirror has no build of the version", async () => {
    const { result } = await deploy({ ".python-version": "3.13.99\n" });
    expectBuildError(
      result,
      /Python 3\.13\.99 isn't available for this stack at http:\/\/127\.0\.0\.1:\d+\/python\/python-3\.13\.99-ubuntu-24\.04-amd64\.tar\.zst \(HTTP 404\)/,
    );
    expect(result.output).toMatch(/ask for 3\.13 to get the latest patch/);
  });

  it("lets .python-version win over Pipfile.lock, and Pipfile.lock win over nothing", async () => {
    const pipfile = '[packages]\n\n[requires]\npython_version = "3.11"\n';
    const lock = JSON.stringify({
      _meta: { hash: { sha256: pipfileHash(pipfile) }, pipfile_spec: 6, requires: { python_version: "3.11" }, sources: [] },
      default: {},
      develop: {},
    });
    const pipenvApp = async (name: string, files: Record<string, string>) => {
      const app = await newApp(name);
      return app.deploy({ source: await appSource({ Pipfile: pipfile, "Pipfile.lock": lock, ...files }) });
    };
    // The two must agree (as `pipenv install --deploy` insists); the log names the one that chose.
    const both = await pipenvApp("v-precedence", { ".python-version": "3.11\n" });
    expectSuccess(both);
    expect(both.output).toMatch(/Python 3\.11\.\d+ \(from \.python-version: 3\.11\)/);
    const lockOnly = await pipenvApp("v-lock", {});
    expectSuccess(lockOnly);
    expect(lockOnly.output).toMatch(/Python 3\.11\.\d+ \(from Pipfile\.lock python_version: 3\.11\)/);
  });

  it("keeps the previous build's minor when the app stops asking, and installs .tar.gz builds", async () => {
    const app = await newApp("v-sticky");
    app.setConfig({ PYSLUG_PYTHON_URL: server.pythonUrlTemplate.replace(/\.tar\.zst$/, ".tar.gz") });
    const pinned = await app.deploy({ source: await appSource({ "requirements.txt": "", ".python-version": "3.11\n" }) });
    expectSuccess(pinned);
    expect(pinned.output).toMatch(/Downloading http:\/\/127\.0\.0\.1:\d+\/python\/python-3\.11\.\d+-ubuntu-24\.04-amd64\.tar\.gz/);
    const unpinned = await app.deploy({ source: await appSource({ "requirements.txt": "" }) });
    expectSuccess(unpinned);
    expect(unpinned.output).toMatch(/Python 3\.11\.\d+ \(from the version of the previous build: 3\.11\)/);
    expect(unpinned.output).toMatch(/Reusing cached Python 3\.11/);
    expect(unpinned.output).toMatch(/Add a \.python-version file containing 3\.11/);
  });
});
