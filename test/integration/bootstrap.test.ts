// The tools pyslug brings before it installs anything: Node.js (kept as a binary in the cache) and
// the pinned pip (unpacked from its wheel, not installed by an older pip).
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import Module from "node:module";
import vm from "node:vm";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { loadPythonInventory } from "../../src/runtime/inventory.js";
import { AppPool, appSource, expectSuccess, repoRoot } from "./helpers.js";

const { pip: pinnedPip } = await loadPythonInventory(repoRoot);
let server: ArtifactServer;
const pool = new AppPool(() => server);

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: ["3.12"] });
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

describe("bootstrap", () => {
  let app: App;
  let source: string;

  it("unpacks the pinned pip into a normal install: RECORD, INSTALLER, scripts, and pip can uninstall it", async () => {
    app = await pool.create("bootstrap");
    source = await appSource({ ".python-version": "3.12\n", "requirements.txt": "" });
    server.clearRequests();
    const first = await app.deploy({ source });
    expectSuccess(first);
    expect(first.output).toContain(`Installing pip ${pinnedPip}`);
    expect(first.output).not.toMatch(/bundled pip/);
    expect(server.requests.map((r) => r.path)).toContain(`/files/pip-${pinnedPip}-py3-none-any.whl`);

    const run = await app.run(
      [
        "set -e",
        "pip --version",
        "head -1 .heroku/python/bin/pip3",
        "cd .heroku/python/lib/python3.*/site-packages",
        `cat pip-${pinnedPip}.dist-info/INSTALLER`,
        `grep -c '' pip-${pinnedPip}.dist-info/RECORD`,
        `grep -E '^\\.\\./\\.\\./\\.\\./bin/pip' pip-${pinnedPip}.dist-info/RECORD | cut -d, -f1 | sort | tr '\\n' ' '; echo`,
        "cd /app && python -m pip uninstall --yes pip >/dev/null",
        "echo left: $(ls .heroku/python/bin | grep '^pip' || true) $(ls .heroku/python/lib/python3.*/site-packages | grep -i '^pip' || true)",
      ].join("\n"),
    );
    expect(run.exitCode, run.output).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(`^pip ${pinnedPip.replace(/\./g, "\\.")} from /app/\\.heroku/python/lib/python3\\.12/site-packages/pip `),
    );
    expect(lines[1]).toBe("#!/app/.heroku/python/bin/python3");
    expect(lines[2]).toBe("pyslug");
    expect(Number(lines[3])).toBeGreaterThan(400);
    expect(lines[4]).toBe("../../../bin/pip ../../../bin/pip3 ../../../bin/pip3.12 ");
    expect(lines[5]).toBe("left:");
  });

  it("downloads Node.js again when the kept binary no longer matches its stamp; falls back to the bundled pip when the index gives no hash", async () => {
    const kept = path.join(app.cacheDir, "pyslug", "node", "node");
    const stampFile = path.join(app.cacheDir, "pyslug", "node", "node.stamp");
    expect(await readFile(stampFile, "utf8")).toMatch(/^kept=\d+ \d+$/m);
    // One flipped byte in the middle, written after the binary was kept: same size and mode, a later mtime.
    const file = await open(kept, "r+");
    const at = Math.floor((await file.stat()).size / 2);
    const byte = Buffer.alloc(1);
    await file.read(byte, 0, 1, at);
    await file.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, at);
    await file.close();

    // Another archive URL for the same Python: a fresh runtime, so pip is put in place again.
    app.setConfig({ PYSLUG_PYTHON_URL: server.pythonUrlTemplate.replace(/\.tar\.zst$/, ".tar.gz") });
    server.override("/simple/pip/", {
      body: `<a href="/files/pip-${pinnedPip}-py3-none-any.whl">pip-${pinnedPip}-py3-none-any.whl</a>`,
      headers: { "content-type": "text/html" },
    });
    server.clearRequests();
    try {
      const again = await app.deploy({ source });
      expectSuccess(again);
      expect(again.output).toMatch(/pyslug \(Node\.js 24\.\d+\.\d+, downloaded, verified/);
      expect(again.output).toMatch(/Discarded the cached Node\.js: its binary was modified after it was saved/);
      expect(server.requests.map((r) => r.path)).toContain(new URL(server.nodeArchive.url).pathname);
      expect(again.output).toMatch(
        new RegExp(
          `Using the runtime's bundled pip to install it: http://127\\.0\\.0\\.1:\\d+/simple/pip/ gives no sha256 for pip-${pinnedPip}`,
        ),
      );
    } finally {
      server.removeOverride("/simple/pip/");
    }
    const run = await app.run("pip --version");
    expect(run.stdout).toContain(`pip ${pinnedPip} from /app/.heroku/python`);

    // A stamp of the earlier kind (a CRC, no size and mtime) is an older pyslug's: downloaded again, and said so.
    const stamp = await readFile(stampFile, "utf8");
    await writeFile(stampFile, stamp.replace(/^kept=.*$/m, "binary=1340949082 121116896"));
    const upgraded = await app.deploy({ source });
    expectSuccess(upgraded);
    expect(upgraded.output).toMatch(/Discarded the cached Node\.js: it was saved by an older pyslug/);
    expect(await readFile(stampFile, "utf8")).toMatch(/^kept=\d+ \d+$/m);
  });
});

describe("the compile program's start", () => {
  it("runs with a V8 code cache made after a build ran, kept beside a copy of the bundle; a cache of another bundle is never used", async () => {
    const app = await pool.create("launch");
    const source = await appSource({ ".python-version": "3.12\n", "requirements.txt": "" });
    const code = path.join(app.cacheDir, "pyslug", "code");
    // What an older pyslug kept there: a copy of its ES module bundle and Node's compile cache.
    await mkdir(path.join(code, "v8", "v24.11.1-x64-0"), { recursive: true });
    await writeFile(path.join(code, "compile.mjs"), "export {};\n");
    await writeFile(path.join(code, "v8", "v24.11.1-x64-0", "0"), "old\n");
    expectSuccess(await app.deploy({ source }));
    expect((await readdir(code)).sort()).toEqual(["compile.cjs", "compile.cjs.v8"]);
    const bundle = await readFile(path.join(repoRoot, "dist", "compile.cjs"));
    expect((await readFile(path.join(code, "compile.cjs"))).equals(bundle)).toBe(true);
    // Made when the build ended, it holds the functions the build ran: more than a cache made before running anything.
    const beforeRunning = new vm.Script(Module.wrap(bundle.toString("utf8"))).createCachedData().length;
    const made = await stat(path.join(code, "compile.cjs.v8"));
    expect(made.size).toBeGreaterThan(beforeRunning * 1.2);

    // A build from the cache uses it (V8 accepts it) and leaves it as it is.
    expectSuccess(await app.deploy({ source }));
    expect((await stat(path.join(code, "compile.cjs.v8"))).ino).toBe(made.ino);

    // A cache V8 rejects (damaged) costs only the speed: the build makes it again.
    await writeFile(path.join(code, "compile.cjs.v8"), "not a code cache\n");
    expectSuccess(await app.deploy({ source }));
    expect((await stat(path.join(code, "compile.cjs.v8"))).size).toBeGreaterThan(beforeRunning);

    // A copy that isn't the buildpack's bundle (damaged, or another pyslug's): its cache is dropped, and the copy replaced.
    await writeFile(path.join(code, "compile.cjs"), 'throw new Error("not the buildpack\'s bundle");\n');
    const before = await stat(path.join(code, "compile.cjs.v8"));
    const replaced = await app.deploy({ source });
    expectSuccess(replaced);
    expect(replaced.output).not.toContain("not the buildpack's bundle");
    expect((await readFile(path.join(code, "compile.cjs"))).equals(bundle)).toBe(true);
    expect((await stat(path.join(code, "compile.cjs.v8"))).ino).not.toBe(before.ino);

    // Where nothing can be kept, the build runs without a cache: it is only slower.
    await rm(code, { recursive: true, force: true });
    await writeFile(code, "a file where the directory goes\n");
    const passed = await app.deploy({ source });
    expectSuccess(passed);
    expect(await readFile(code, "utf8")).toBe("a file where the directory goes\n");
  });
});
