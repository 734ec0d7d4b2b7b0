// bin/compile starts a hard-link copy of the cached Python tree into the build dir before Node.js starts
// (bin/lib/tree.sh), and the compile program takes it or removes it (src/cache/early-tree-copy.ts). Here the
// shim's function and the module meet as they do in a build: bash starts the copy, then execs Node.
import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyReport } from "../../../src/cache/early-tree-copy.js";

const repo = path.resolve(import.meta.dirname, "../../..");
const treeSh = path.join(repo, "bin", "lib", "tree.sh");
const FILES = ["bin/python3", "lib/python3.12/site-packages/six.py", "lib/python3.12/site-packages/six-1.0.dist-info/RECORD"];

let root: string;
let buildDir: string;
let cacheDir: string;
const others: string[] = [];

/**
 * A cache holding a tree (its metadata written, unless `trusted` is false), at `cacheDir`. Its bin/python3 is a
 * stand-in that exits 0, or 1 for an interpreter that no longer starts.
 */
async function cachedTree(dir: string, { trusted = true, starts = true } = {}): Promise<string> {
  const part = path.join(dir, "pyslug", "python");
  for (const rel of FILES) {
    await mkdir(path.dirname(path.join(part, "content", rel)), { recursive: true });
    await writeFile(path.join(part, "content", rel), `${rel}\n`);
  }
  await writeFile(path.join(part, "content", "bin", "python3"), `#!/bin/sh\nexit ${starts ? 0 : 1}\n`);
  await chmod(path.join(part, "content", "bin", "python3"), 0o755);
  if (trusted) await writeFile(path.join(part, "metadata.json"), "{}\n");
  return path.join(part, "content");
}

interface Taken {
  report: { at: number; starts: boolean } | null;
  now: number;
  found: boolean;
}

/**
 * What a build does: bash starts the copy, then Node takes it (`take`, to .heroku/python) or drops it. Prints
 * what Node got: the shim's report, or null, and the time it took it.
 */
function build(action: "take" | "drop", pathDirs: string[] = []): Taken {
  const script = `
    import { EarlyTreeCopy } from ${JSON.stringify(path.join(repo, "src", "cache", "early-tree-copy.ts"))};
    const copy = EarlyTreeCopy.fromShim(process.env, ${JSON.stringify(buildDir)});
    let report = null;
    if (copy && ${JSON.stringify(action)} === "take") report = (await copy.take(${JSON.stringify(path.join(buildDir, ".heroku", "python"))})) ?? null;
    if (copy && ${JSON.stringify(action)} === "drop") await copy.drop();
    console.log(JSON.stringify({ report, now: Date.now(), found: copy !== undefined }));
  `;
  const out = execFileSync(
    "bash",
    [
      "-c",
      'set -euo pipefail; source "$1"; tree::start_copy "$2" "$3"; exec node --import tsx --input-type=module -e "$4"',
      "_",
      treeSh,
      buildDir,
      cacheDir,
      script,
    ],
    {
      cwd: repo,
      encoding: "utf8",
      env: { PATH: [...pathDirs, process.env["PATH"]].join(":"), HOME: root },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out) as Taken;
}

/** A `cp` first on PATH that appends its arguments to a log, then runs the real one. Returns the log's path. */
async function loggedCp(dir: string): Promise<string> {
  const log = path.join(dir, "cp.log");
  await mkdir(dir, { recursive: true });
  const real = execFileSync("bash", ["-c", "command -v cp"], { encoding: "utf8" }).trim();
  await writeFile(path.join(dir, "cp"), `#!/bin/bash\nprintf '%s\\n' "$*" >>'${log}'\nexec '${real}' "$@"\n`);
  await chmod(path.join(dir, "cp"), 0o755);
  return log;
}

/** Every entry under `dir`, relative: type, mode, symlink target, and for anything but a directory its inode. */
function listing(dir: string): string[] {
  const out = execFileSync(
    "find",
    [".", "-mindepth", "1", "(", "-type", "d", "-printf", "%p d %m\\n", ")", "-o", "-printf", "%p %y %m %l %i\\n"],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  return out.split("\n").filter(Boolean).sort();
}

async function inode(file: string): Promise<number> {
  return (await stat(file)).ino;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "pyslug-early-copy-"));
  buildDir = path.join(root, "build");
  cacheDir = path.join(root, "cache");
  await mkdir(buildDir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  for (const dir of others.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("the shim's early copy of the cached tree", () => {
  it("is taken whole: every file a link to the cache's, the cache's tree left in place, its interpreter checked", async () => {
    const content = await cachedTree(cacheDir);
    const started = Date.now();
    const { report, now } = build("take");
    expect(report).not.toBeNull();
    expect(report!.starts).toBe(true);
    expect(report!.at).toBeGreaterThanOrEqual(started);
    expect(report!.at).toBeLessThanOrEqual(now + 1);
    for (const rel of FILES) expect(await inode(path.join(buildDir, ".heroku", "python", rel))).toBe(await inode(path.join(content, rel)));
    expect(await readdir(path.join(buildDir, ".heroku"))).toEqual(["python"]);
  });

  it("is made by two cp processes when site-packages is big, into the same tree one cp makes", async () => {
    const content = await cachedTree(cacheDir);
    const site = path.join(content, "lib", "python3.12", "site-packages");
    for (let i = 0; i < 120; i++) {
      await mkdir(path.join(site, `pkg${i}`, "sub"), { recursive: true });
      await writeFile(path.join(site, `pkg${i}`, "__init__.py"), `N = ${i}\n`);
      await writeFile(path.join(site, `pkg${i}`, "sub", "data.txt"), `${i}\n`);
    }
    await writeFile(path.join(site, ".hidden.pth"), "import os\n");
    await chmod(path.join(site, "pkg7"), 0o700);
    await chmod(path.join(site, "pkg8", "__init__.py"), 0o600);
    execFileSync("ln", ["-s", "pkg1", path.join(site, "alias")]);
    await mkdir(path.join(content, "lib", "python3.12", "json"));
    await writeFile(path.join(content, "lib", "python3.12", "json", "__init__.py"), "\n");
    await writeFile(path.join(content, "lib", "libpython3.12.so"), "\n");
    const log = await loggedCp(path.join(root, "wrapped"));

    const { report } = build("take", [path.join(root, "wrapped")]);
    expect(report).toMatchObject({ starts: true });
    const calls = (await readFile(log, "utf8")).split("\n").filter(Boolean);
    expect(calls.filter((call) => call.endsWith("/lib/python3.12/site-packages/")).length).toBe(2);
    expect(listing(path.join(buildDir, ".heroku", "python"))).toEqual(listing(content));
  });

  it("is made by one cp when a directory down to a big site-packages is a symlink, and keeps it a symlink", async () => {
    const content = await cachedTree(cacheDir);
    const real = path.join(content, "lib", "python3.12");
    await rename(real, path.join(content, "lib", "python-real"));
    await symlink("python-real", real);
    for (let i = 0; i < 120; i++) await mkdir(path.join(content, "lib", "python-real", "site-packages", `pkg${i}`));
    const log = await loggedCp(path.join(root, "wrapped"));
    build("take", [path.join(root, "wrapped")]);
    expect((await readFile(log, "utf8")).split("\n").filter(Boolean)).toHaveLength(1);
    expect(listing(path.join(buildDir, ".heroku", "python"))).toEqual(listing(content));
  });

  it("is made by one cp when site-packages is small", async () => {
    const content = await cachedTree(cacheDir);
    const log = await loggedCp(path.join(root, "wrapped"));
    build("take", [path.join(root, "wrapped")]);
    expect((await readFile(log, "utf8")).split("\n").filter(Boolean)).toHaveLength(1);
    expect(listing(path.join(buildDir, ".heroku", "python"))).toEqual(listing(content));
  });

  it("says when its interpreter doesn't start (the restore then discards it)", async () => {
    await cachedTree(cacheDir, { starts: false });
    expect(build("take").report).toMatchObject({ starts: false });
  });

  it("is removed when the build drops it, and the cache keeps its tree", async () => {
    const content = await cachedTree(cacheDir);
    expect(build("drop").found).toBe(true);
    expect(await readdir(path.join(buildDir, ".heroku"))).toEqual([]);
    for (const rel of FILES) await stat(path.join(content, rel));
  });

  it("isn't made from a tree the cache doesn't trust (no metadata)", async () => {
    await cachedTree(cacheDir, { trusted: false });
    expect(build("take")).toMatchObject({ report: null, found: false });
    await expect(stat(path.join(buildDir, ".heroku"))).rejects.toThrow();
  });

  it("isn't made without hard links between the cache and the build dir, and leaves nothing behind", async () => {
    cacheDir = await mkdtemp("/dev/shm/pyslug-early-copy-");
    others.push(cacheDir);
    await cachedTree(cacheDir);
    expect(build("take")).toMatchObject({ report: null, found: true });
    expect(await readdir(path.join(buildDir, ".heroku"))).toEqual([]);
  });
});

describe("copyReport", () => {
  it("reads the end of a copy that succeeded, in ms rounded up, and whether its interpreter starts", () => {
    expect(copyReport("0 1733430000.123456 1\n")).toEqual({ at: 1733430000124, starts: true });
    expect(copyReport("0 1733430000,999999 0\n")).toEqual({ at: 1733430001000, starts: false });
  });
  it("is undefined for a copy that failed, or anything that isn't a report", () => {
    for (const report of ["1 1733430000.123456 0\n", "", "0\n", "0 1733430000.123456\n", "0 soon 1\n", "0 1733430000.123456 1\nmore\n"])
      expect(copyReport(report)).toBeUndefined();
  });
});
