// What a user sees when the runtime mirror misbehaves, the disk is full, or pyslug itself has a bug:
// full deploys on the local Heroku with PYSLUG_PYTHON_URL pointing at the fault server
// (test/heroku/fault-server.ts; every mode is also driven directly in download-faults.test.ts).
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer, type DeployResult } from "../heroku/index.js";
import { fromArtifactServer, startFaultServer, type FaultMode, type FaultServer } from "../heroku/fault-server.js";
import { AppPool, appSource, expectBuildError, expectSuccess } from "./helpers.js";

let server: ArtifactServer;
let faults: FaultServer;
const pool = new AppPool(() => server);

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: ["3.12"] });
  faults = await startFaultServer({ origin: fromArtifactServer(server) });
});

afterAll(async () => {
  await pool.dispose();
  await faults?.close();
  await server?.close();
});

/** Every file of the cache with its size and mtime: "the cache exactly as before" is this, unchanged. */
async function cacheSnapshot(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const lines: string[] = [];
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    const stat = await fs.lstat(file);
    lines.push(`${path.relative(dir, file)} ${stat.isDirectory() ? "dir" : stat.size} ${stat.mtimeMs}`);
  }
  return lines.sort();
}

/** No trace of Node's own crash output or of a stack: the log of a handled failure. */
function expectNoCrashOutput(result: DeployResult): void {
  expect(result.output).not.toMatch(/ERR_|at async|node:internal|bug in pyslug/);
}

const template = (mode: FaultMode) => `${faults.url}/${mode}/python-{version}-ubuntu-{ubuntu}-{arch}.tar.zst`;

// One app for every build that fails or needs no other cache: Node and the runtime are downloaded once.
let app: App;
let source: string;

beforeAll(async () => {
  app = await pool.create("faults");
  source = await appSource({ ".python-version": "3.12\n", "requirements.txt": "" });
  expectSuccess(await app.deploy({ source }));
});

describe("a misbehaving runtime mirror", () => {
  // (sha256-mismatch through a deploy is in runtime.test.ts; every mode is driven directly in download-faults.test.ts.)
  const failing: [FaultMode, RegExp][] = [
    ["not-tar", /The archive at http:\/\/127\.0\.0\.1:\d+\/not-tar\/python-3\.12\.\d+-ubuntu-24\.04-amd64\.tar\.zst isn't a \.tar\.zst/],
    ["404", /Python 3\.12\.\d+ isn't available for this stack at http:\/\/127\.0\.0\.1:\d+\/404\/python-3\.12/],
  ];

  it.each(failing)("%s: one Error block naming the URL, and the cache exactly as before", async (mode, message) => {
    const before = await cacheSnapshot(app.cacheDir);
    app.setConfig({ PYSLUG_PYTHON_URL: template(mode) });
    const result = await app.deploy({ source });
    expectBuildError(result, message);
    expect(result.output.match(/Error: /g)).toHaveLength(1);
    expectNoCrashOutput(result);
    expect(await cacheSnapshot(app.cacheDir)).toEqual(before);
    expect(await fs.readdir(path.join(result.buildDir, ".heroku")).catch(() => [])).toEqual([]);
  });

  it("503 three times, then the archive: retried, one line each, and cached", async () => {
    app.setConfig({ PYSLUG_PYTHON_URL: template("503-thrice") });
    faults.reset();
    const result = await app.deploy({ source });
    expectSuccess(result);
    expectNoCrashOutput(result);
    const retries = result.output.match(/^ {7}http:\/\/127\.0\.0\.1:\d+\/503-thrice\/.* answered HTTP 503; retrying in .*$/gm);
    expect(retries, result.output).toHaveLength(3);
    expect(result.output).toMatch(/Verified SHA-256 [0-9a-f]{12}… against python-3\.12\.\d+-ubuntu-24\.04-amd64\.tar\.zst\.sha256/);
  });

  it("a connection reset mid-body: retried once, and the next build reuses what was cached", async () => {
    app.setConfig({ PYSLUG_PYTHON_URL: template("reset-once") });
    faults.reset();
    const reset = await app.deploy({ source });
    expectSuccess(reset);
    expect(reset.output).toMatch(/\/reset-once\/.*: the connection broke after \d+ of \d+ bytes.*; retrying in 0\.5s \(attempt 2 of 4\)/);
    expectNoCrashOutput(reset);

    // A failure after that leaves the runtime cached; the next build with the same mirror reuses it.
    app.setConfig({ PYSLUG_PYTHON_URL: template("500-always") });
    expectBuildError(
      await app.deploy({ source }),
      /Could not download Python 3\.12\.\d+: .*\/500-always\/.* answered HTTP 500 \(4 attempts\)/,
    );
    app.setConfig({ PYSLUG_PYTHON_URL: template("reset-once") });
    faults.reset();
    const again = await app.deploy({ source });
    expectSuccess(again);
    expect(again.output).toMatch(/Reusing cached Python 3\.12\.\d+/);
    expect(faults.requests).toEqual([]);
  });
});

describe("the net under everything", () => {
  it.each(["uncaught-exception", "unhandled-rejection"])("%s ends in the bug report and exit 1", async (what) => {
    const result = await app.deploy({ source, buildEnv: { PYSLUG_TEST_INJECT: what } });
    expect(result.exitCode, result.output).toBe(1);
    expect(result.output.match(/pyslug failed unexpectedly\. This is a bug in pyslug, not in your app; please report it/g)).toHaveLength(1);
    expect(result.output).toMatch(/PYSLUG_TEST_INJECT: an? (exception no try catches|rejection nobody handles)/);
    // Node's own last words never appear: the net prints the report and exits.
    expect(result.output).not.toMatch(/triggerUncaughtException|Node\.js v\d+/);
  });
});

describe("a full disk", () => {
  // 50 MB: room for neither the Node.js binary bin/compile keeps there (about 120 MB) nor the runtime (about 160 MB).
  it("CACHE_DIR full: the build succeeds with a warning for Node.js and one for the rest, and the next build is correct", async () => {
    const app = await pool.create("cache-full", { cacheSizeMb: 50 });
    const source = await appSource({
      ".python-version": "3.12\n",
      "requirements.txt": "six\n",
      Procfile: "web: python -m http.server $PORT\n",
    });
    for (const round of [1, 2]) {
      const result = await app.deploy({ source });
      expectSuccess(result);
      expectNoCrashOutput(result);
      // (The test archives hold another patch than their names say, which is another warning.)
      const warnings = (result.output.match(/Warning: .*/g) ?? []).filter((w) => /cache/i.test(w));
      expect(warnings, result.output).toEqual([
        expect.stringMatching(/^Warning: Node\.js was not kept in the build cache: CACHE_DIR has \d+ MB free, too little/),
        expect.stringMatching(/^Warning: The build cache could not be saved: CACHE_DIR is full/),
      ]);
      // Node.js ran from the build's temp dir and left nothing in the cache.
      expect(result.output).toMatch(/pyslug \(Node\.js [\d.]+, downloaded/);
      expect(await fs.readdir(path.join(result.cacheDir, "pyslug", "node"))).toEqual([]);
      expect(result.output, `round ${round}`).toMatch(/Not saved \(see the warning above\)/);
      const run = await app.run('python -c "import six; print(six.__name__)"');
      expect(run.stdout.trim(), run.output).toBe("six");
    }
    expect((await app.bootWeb()).status).toBe(200);
  }, 600_000);

  it("BUILD_DIR full: one clear error", async () => {
    // An archive this app hasn't cached (the .tar.gz build), so it is extracted into the small BUILD_DIR.
    app.setConfig({ PYSLUG_PYTHON_URL: server.pythonUrlTemplate.replace(/\.tar\.zst$/, ".tar.gz") });
    const result = await app.deploy({ source, buildDirSizeMb: 20 });
    expectBuildError(result, /The build directory ran out of disk space while extracting http:\/\/127\.0\.0\.1:\d+\/python\/.*\.tar\.gz/);
    expect(result.output.match(/Error: /g)).toHaveLength(1);
    expectNoCrashOutput(result);
  });
});

describe("a build that fails after Python is in place", () => {
  it("keeps the runtime for the next build, and never the environment it didn't finish", async () => {
    await server.ensureDownloaded(["six"], "3.12");
    const kept = await pool.create("faults-kept");
    const files = { ".python-version": "3.12\n", "requirements.txt": "six\n" };
    expectSuccess(await kept.deploy({ source: await appSource(files) }));

    const failed = await kept.deploy({ source: await appSource({ ...files, "requirements.txt": "six\npyslug-no-such-package==1.0\n" }) });
    expect(failed.exitCode, failed.output).toBe(1);
    expect(failed.output).toMatch(/Reusing cached Python 3\.12\.\d+/);
    expect(failed.output).toMatch(/Kept Python 3\.12\.\d+ for the next build, without the environment this build didn't finish\n/);
    expectNoCrashOutput(failed);

    const next = await kept.deploy({ source: await appSource(files) });
    expectSuccess(next);
    expect(next.output).toMatch(/Reusing cached Python 3\.12\.\d+/);
    expect(next.output).toMatch(/Discarding cached environment: the cache has no environment/);
    expect(next.output).not.toMatch(/Downloading http/);
    const listed = await kept.run("python -c 'import six; print(six.__version__)'");
    expect(listed.exitCode, listed.output).toBe(0);
  });
});
