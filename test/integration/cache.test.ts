// The cache is never trusted blindly: damaged, partial, foreign or old parts are discarded with
// their reason, a build killed halfway leaves a cache the next build handles, and pip's download
// cache outlives environment invalidations so nothing is downloaded twice. (Killed builds: kill-matrix.ts.)
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureForArtifactServer, createApp, startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { appSource, expectSuccess, repoRoot, writeFiles } from "./helpers.js";

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
  // The copy of the cached tree bin/compile started is taken or removed, whatever became of the tree: never in the slug.
  expect((await readdir(path.join(result.slugDir, ".heroku"))).sort()).toEqual(["pyslug", "python"]);
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

describe("pip's download cache", () => {
  it("survives an environment invalidation, so nothing is downloaded twice", async () => {
    await deployAndCheck(/-----> Done in/);
    server.clearRequests();
    // A pip option in the file: the environment can't be updated in place, it is reinstalled from scratch.
    await writeFiles(source, {
      "requirements.txt": "# reordered, with a new pin and an option\n--prefer-binary\nbeautifulsoup4\nsix==1.17.0\n",
    });
    const output = await deployAndCheck(
      /Discarding cached environment: requirements\.txt changed; the requirements files set --prefer-binary/,
    );
    expect(output).not.toMatch(/Discarding pip cache/);
    expect(packageDownloads()).toEqual([]);
  });
});

/** The last pyslug before the cache got its owner modules (cache/python-tree.ts, cache/pip-cache.ts). */
const BEFORE_CACHE_OWNERS = "db24353f4df054c13a958188e176ab5656a134a1";

describe("a cache saved by the pyslug before the cache owner modules", () => {
  it("is reused whole: runtime, environment and local packages", async () => {
    await server.ensureDownloaded(["setuptools"], "3.12");
    const old = await mkdtemp(path.join(tmpdir(), "pyslug-before-"));
    try {
      // That commit's published files (its dist/ is the compile program it shipped); a shallow clone fails here, loudly.
      const archive = await execa(
        "git",
        ["-C", repoRoot, "archive", "--format=tar", BEFORE_CACHE_OWNERS, "bin", "dist", "inventory", "lib"],
        {
          encoding: "buffer",
        },
      );
      await execa("tar", ["-x", "-C", old], { input: archive.stdout });
      const before = await createApp({ name: "cache-before" });
      configureForArtifactServer(before, server);
      try {
        const src = await appSource({
          ".python-version": "3.12\n",
          "requirements.txt": "six\n-e ./packages/local\n",
          "packages/local/pyproject.toml":
            '[project]\nname = "localmod"\nversion = "1.0"\n[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n',
          "packages/local/localmod/__init__.py": "VALUE = 42\n",
        });
        expectSuccess(await before.deploy({ source: src, buildpacks: [{ kind: "pyslug", root: old }] }));
        const result = await before.deploy({ source: src });
        expectSuccess(result);
        expect(result.output).toMatch(/Reusing cached Python 3\.12\.\d+/);
        expect(result.output).toMatch(/Reusing cached environment \(requirements\.txt unchanged\)/);
        expect(result.output).toMatch(/Local packages unchanged since the cached install: packages\/local/);
        expect(result.output).not.toMatch(/Discarding|Downloading http/);
        const run = await before.run('python -c "import six, localmod; print(localmod.VALUE)"');
        expect(run.exitCode, run.output).toBe(0);
        expect(run.output).toMatch(/42/);
      } finally {
        await before.dispose();
      }
    } finally {
      await rm(old, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("the pip cache", () => {
  const pipMetadata = () => path.join(app.cacheDir, "pyslug", "pip-cache", "metadata.json");
  const savedSize = (output: string) => /and the pip cache \(([\d.]+) MB\)/.exec(output)?.[1];

  it("is left as saved by a deploy in which pip doesn't run, and saved again by one in which it does", async () => {
    const settled = await deployAndCheck(/Reusing cached environment/);
    const before = await stat(pipMetadata());
    const unchanged = await deployAndCheck(/Reusing cached environment/);
    const after = await stat(pipMetadata());
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(savedSize(unchanged)).toBe(savedSize(settled));

    await server.ensureDownloaded(["packaging"], "3.12");
    const added = await appSource({ ".python-version": "3.12\n", "requirements.txt": "six\nbeautifulsoup4\npackaging\n" });
    const result = await app.deploy({ source: added });
    expectSuccess(result);
    expect(result.output).toMatch(/Successfully installed .*packaging-/);
    expect((await stat(pipMetadata())).ino).not.toBe(before.ino);
    expect(JSON.parse(await readFile(pipMetadata(), "utf8"))).toMatchObject({ bytes: expect.any(Number) as number });
  }, 300_000);
});
