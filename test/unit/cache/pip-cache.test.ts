// The pip cache's owner module: untrusted from the first pip command until the save, left alone (trusted, not
// walked) by a build in which pip doesn't run, unless the size bound went below it.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPipCache, PIP_CACHE_PART, savePipCache } from "../../../src/cache/pip-cache.js";
import type { BuildContext } from "../../../src/context.js";
import { ConfigVars } from "../../../src/support/config-vars.js";
import { BuildLog } from "../../../src/support/log.js";
import type { Platform } from "../../../src/support/platform.js";

let root: string;
let logged: string[];
const platform = { stack: "heroku-24", arch: "amd64" } as Platform;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-pip-cache-"));
  logged = [];
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function context(config: Record<string, string> = {}): BuildContext {
  return {
    buildDir: path.join(root, "build"),
    cacheDir: root,
    envDir: undefined,
    buildpackDir: root,
    cacheRoot: root,
    config: ConfigVars.of(config),
    log: new BuildLog({ out: (text) => logged.push(text), err: (text) => logged.push(text) }),
    env: {},
  };
}

const metadataFile = () => path.join(root, PIP_CACHE_PART, "metadata.json");
const metadata = async () => JSON.parse(await fs.readFile(metadataFile(), "utf8")) as Record<string, unknown>;

/** A build in which pip runs: it writes `files` (name → bytes) into the cache. Returns the saved size. */
async function buildWithPip(ctx: BuildContext, files: Record<string, number>): Promise<number> {
  const cache = await openPipCache(ctx, platform);
  await cache.beforeUse();
  await expect(fs.access(metadataFile())).rejects.toThrow();
  for (const [name, size] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(cache.dir, name)), { recursive: true });
    await fs.writeFile(path.join(cache.dir, name), Buffer.alloc(size));
  }
  return savePipCache(ctx, cache);
}

describe("the pip cache", () => {
  it("is untrusted from pip's first command and saved with its size", async () => {
    const ctx = context();
    expect(await buildWithPip(ctx, { "http-v2/a/b": 1000, "wheels/c.whl": 2000 })).toBe(3000);
    expect(await metadata()).toMatchObject({ stack: "heroku-24", arch: "amd64", bytes: 3000 });
  });

  it("is left as it was, trusted and not walked, by a build in which pip doesn't run", async () => {
    const ctx = context();
    await buildWithPip(ctx, { "http-v2/a/b": 1000 });
    const before = await fs.stat(metadataFile());
    const cache = await openPipCache(ctx, platform);
    // Not pip's: a save that walked the content would count it.
    await fs.writeFile(path.join(cache.dir, "not-walked"), Buffer.alloc(500));
    expect(await savePipCache(ctx, cache)).toBe(1000);
    const after = await fs.stat(metadataFile());
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("is walked and pruned by a build in which pip doesn't run when the size bound went below it", async () => {
    await buildWithPip(context(), { old: 1.5 * 1048576, "new/x": 0.75 * 1048576 });
    await fs.utimes(path.join(root, PIP_CACHE_PART, "content", "old"), new Date(2020, 1, 1), new Date(2020, 1, 1));
    const ctx = context({ PYSLUG_PIP_CACHE_MB: "1" });
    const cache = await openPipCache(ctx, platform);
    expect(await savePipCache(ctx, cache)).toBe(0.75 * 1048576);
    expect(await metadata()).toMatchObject({ bytes: 0.75 * 1048576 });
    expect(logged.join("")).toMatch(/Pruned 1 old files from the pip cache \(limit 1 MB\)/);
  });

  it("is walked once when its metadata doesn't record a size (saved by an older pyslug)", async () => {
    const ctx = context();
    await buildWithPip(ctx, { a: 100 });
    const older = await metadata();
    delete older["bytes"];
    await fs.writeFile(metadataFile(), JSON.stringify(older));
    const cache = await openPipCache(ctx, platform);
    await fs.writeFile(path.join(cache.dir, "b"), Buffer.alloc(50));
    expect(await savePipCache(ctx, cache)).toBe(150);
    expect(await metadata()).toMatchObject({ bytes: 150 });
  });

  it("is discarded, with the reason, when it was saved for another stack", async () => {
    await buildWithPip(context(), { a: 100 });
    const ctx = context();
    const cache = await openPipCache(ctx, { ...platform, stack: "heroku-22" });
    expect(logged.join("")).toMatch(/Discarding pip cache: the stack changed/);
    expect(await fs.readdir(cache.dir)).toEqual([]);
    expect(await savePipCache(ctx, cache)).toBe(0);
    expect(await metadata()).toMatchObject({ stack: "heroku-22", bytes: 0 });
  });
});
