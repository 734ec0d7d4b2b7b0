// bin/compile starts a hard-link copy of the cached Python tree into the build dir before Node.js starts
// (bin/lib/tree.sh), and the compile program takes it or removes it (src/cache/early-tree-copy.ts). Here the
// shim's function and the module meet as they do in a build: bash starts the copy, then execs Node.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyEnd } from "../../../src/cache/early-tree-copy.js";

const repo = path.resolve(import.meta.dirname, "../../..");
const treeSh = path.join(repo, "bin", "lib", "tree.sh");
const FILES = ["bin/python3", "lib/python3.12/site-packages/six.py", "lib/python3.12/site-packages/six-1.0.dist-info/RECORD"];

let root: string;
let buildDir: string;
let cacheDir: string;
const others: string[] = [];

/** A cache holding a tree (its metadata written, unless `trusted` is false), at `cacheDir`. */
async function cachedTree(dir: string, trusted = true): Promise<string> {
  const part = path.join(dir, "pyslug", "python");
  for (const rel of FILES) {
    await mkdir(path.dirname(path.join(part, "content", rel)), { recursive: true });
    await writeFile(path.join(part, "content", rel), `${rel}\n`);
  }
  if (trusted) await writeFile(path.join(part, "metadata.json"), "{}\n");
  return path.join(part, "content");
}

/**
 * What a build does: bash starts the copy, then Node takes it (`take`, to .heroku/python) or drops it. Prints
 * what Node got: the copy's end, or null, and the time it took it.
 */
function build(action: "take" | "drop"): { at: number | null; now: number; found: boolean } {
  const script = `
    import { EarlyTreeCopy } from ${JSON.stringify(path.join(repo, "src", "cache", "early-tree-copy.ts"))};
    const copy = EarlyTreeCopy.fromShim(process.env, ${JSON.stringify(buildDir)});
    let at = null;
    if (copy && ${JSON.stringify(action)} === "take") at = (await copy.take(${JSON.stringify(path.join(buildDir, ".heroku", "python"))})) ?? null;
    if (copy && ${JSON.stringify(action)} === "drop") await copy.drop();
    console.log(JSON.stringify({ at, now: Date.now(), found: copy !== undefined }));
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
    { cwd: repo, encoding: "utf8", env: { PATH: process.env["PATH"], HOME: root }, stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(out) as { at: number | null; now: number; found: boolean };
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
  it("is taken whole: every file a link to the cache's, the cache's tree left in place", async () => {
    const content = await cachedTree(cacheDir);
    const started = Date.now();
    const { at, now } = build("take");
    expect(at).not.toBeNull();
    expect(at!).toBeGreaterThanOrEqual(started);
    expect(at!).toBeLessThanOrEqual(now + 1);
    for (const rel of FILES) expect(await inode(path.join(buildDir, ".heroku", "python", rel))).toBe(await inode(path.join(content, rel)));
    expect(await readdir(path.join(buildDir, ".heroku"))).toEqual(["python"]);
  });

  it("is removed when the build drops it, and the cache keeps its tree", async () => {
    const content = await cachedTree(cacheDir);
    expect(build("drop").found).toBe(true);
    expect(await readdir(path.join(buildDir, ".heroku"))).toEqual([]);
    for (const rel of FILES) await stat(path.join(content, rel));
  });

  it("isn't made from a tree the cache doesn't trust (no metadata)", async () => {
    await cachedTree(cacheDir, false);
    expect(build("take")).toMatchObject({ at: null, found: false });
    await expect(stat(path.join(buildDir, ".heroku"))).rejects.toThrow();
  });

  it("isn't made without hard links between the cache and the build dir, and leaves nothing behind", async () => {
    cacheDir = await mkdtemp("/dev/shm/pyslug-early-copy-");
    others.push(cacheDir);
    await cachedTree(cacheDir);
    expect(build("take")).toMatchObject({ at: null, found: true });
    expect(await readdir(path.join(buildDir, ".heroku"))).toEqual([]);
  });
});

describe("copyEnd", () => {
  it("reads the end of a copy that succeeded, in ms rounded up", () => {
    expect(copyEnd("0 1733430000.123456\n")).toBe(1733430000124);
    expect(copyEnd("0 1733430000,999999\n")).toBe(1733430001000);
  });
  it("is undefined for a copy that failed, or anything that isn't a report", () => {
    for (const report of ["1 1733430000.123456\n", "", "0\n", "0 soon\n", "0 1733430000.123456\nmore\n"])
      expect(copyEnd(report)).toBeUndefined();
  });
});
