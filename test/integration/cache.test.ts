// The cache is never trusted blindly: damaged, partial, foreign or old parts are discarded with
// their reason, a build killed halfway leaves a cache the next build handles, and pip's download
// cache outlives environment invalidations so nothing is downloaded twice.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureForArtifactServer, createApp, startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { appSource, expectSuccess, writeFiles } from "./helpers.js";

let server: ArtifactServer;
let app: App;
let source: string;

const metadataFile = () => path.join(app.cacheDir, "pyslug", "python", "metadata.json");
const packageDownloads = () => server.requests.filter((r) => r.path.startsWith("/files/")).map((r) => r.path);

async function editMetadata(edit: (m: Record<string, unknown>) => void): Promise<void> {
  const metadata = JSON.parse(await readFile(metadataFile(), "utf8")) as Record<string, unknown>;
  edit(metadata);
  await writeFile(metadataFile(), JSON.stringify(metadata));
}

async function deployAndCheck(expected: RegExp): Promise<string> {
  const result = await app.deploy({ source });
  expectSuccess(result);
  expect(result.output).toMatch(expected);
  const run = await app.run('python -c "import six, bs4; print(six.__version__)"');
  expect(run.exitCode, run.output).toBe(0);
  return result.output;
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: ["3.12"] });
  await server.ensureDownloaded(["six", "beautifulsoup4"], "3.12");
  app = await createApp({ name: "cache" });
  configureForArtifactServer(app, server);
  source = await appSource({ ".python-version": "3.12\n", "requirements.txt": "six\nbeautifulsoup4\n" });
  expectSuccess(await app.deploy({ source }));
});

afterAll(async () => {
  await app?.dispose();
  await server?.close();
});

describe("a damaged cache is discarded with its reason, and the build goes on", () => {
  it("corrupt metadata", async () => {
    await writeFile(metadataFile(), '{"format": 1, "stack": "hero');
    await deployAndCheck(/Discarding cached Python: its metadata is corrupt/);
  });

  it("a part saved halfway (no metadata written)", async () => {
    await rm(metadataFile());
    await deployAndCheck(/Discarding cached Python: it was not saved completely/);
  });

  it("a part from another stack", async () => {
    await editMetadata((m) => (m["stack"] = "heroku-22"));
    await deployAndCheck(/Discarding cached Python 3\.12\.\d+: the stack changed \(heroku-22 → heroku-24\)/);
  });

  it("a part from another architecture", async () => {
    await editMetadata((m) => (m["arch"] = "riscv64"));
    await deployAndCheck(/Discarding cached Python 3\.12\.\d+: the architecture changed \(riscv64 → amd64\)/);
  });

  it("a part saved by an older pyslug cache format", async () => {
    await editMetadata((m) => (m["format"] = 0));
    await deployAndCheck(/Discarding cached Python: it was saved in cache format 0 and this pyslug uses \d+/);
  });

  it("a cached interpreter that no longer starts", async () => {
    await rm(path.join(app.cacheDir, "pyslug", "python", "content", "bin", "python3"));
    const output = await deployAndCheck(/Discarding cached Python 3\.12\.\d+: its interpreter no longer starts/);
    expect(output).toMatch(/Downloading http/);
  });
});

describe("a build killed halfway", () => {
  it("leaves a cache that the next build trusts correctly or discards", async () => {
    // Kill while pip builds a local package that takes a minute: by then the Python tree has been
    // moved out of the cache into the build dir, and the pip cache is in use.
    await server.ensureDownloaded(["toml"], "3.12");
    const slow = await appSource({
      ".python-version": "3.12\n",
      "requirements.txt": "six\nbeautifulsoup4\ntoml\n./slow\n",
      "slow/setup.py": "import time\nfrom setuptools import setup\ntime.sleep(120)\nsetup(name='slow', version='1.0')\n",
    });
    const result = await app.deploy({ source: slow, timeoutMs: 25_000 });
    expect(result.output).toMatch(/Processing \.\/slow/);
    expect(result.exitCode).not.toBe(0);
    source = await appSource({ ".python-version": "3.12\n", "requirements.txt": "six\nbeautifulsoup4\ntoml\n" });
    const output = await deployAndCheck(/-----> Done in/);
    expect(output).toMatch(/Discarding cached (Python|environment)|Installing Python|there is none|not saved completely/);
    const run = await app.run('python -c "import toml"');
    expect(run.exitCode, run.output).toBe(0);
  });
});

describe("pip's download cache", () => {
  it("survives an environment invalidation, so nothing is downloaded twice", async () => {
    await deployAndCheck(/-----> Done in/);
    server.clearRequests();
    await writeFiles(source, { "requirements.txt": "# reordered and with a new pin\nbeautifulsoup4\nsix==1.17.0\ntoml\n" });
    const output = await deployAndCheck(/Discarding cached environment: requirements\.txt changed/);
    expect(output).not.toMatch(/Discarding pip cache/);
    expect(packageDownloads()).toEqual([]);
  });
});
