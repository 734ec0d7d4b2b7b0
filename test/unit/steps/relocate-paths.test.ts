// The manifest of a build on a restored tree: the previous build's list plus what this build wrote (found by inode
// time), never a full read of the tree; and the test platform's check (PYSLUG_VERIFY_MANIFEST) fails when it differs.
import { mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { BuildContext } from "../../../src/context.js";
import { MANIFEST_PATH } from "../../../src/relocation/manifest.js";
import { recordBuildPaths } from "../../../src/steps/relocate-paths.js";
import { ConfigVars } from "../../../src/support/config-vars.js";
import { BuildLog } from "../../../src/support/log.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SP = ".heroku/python/lib/python3.12/site-packages";

async function restoredTree() {
  dir = await mkdtemp(path.join(tmpdir(), "pyslug-record-"));
  const buildDir = path.join(dir, "build_new");
  const write = async (rel: string, text: string) => {
    await mkdir(path.dirname(path.join(buildDir, rel)), { recursive: true });
    await writeFile(path.join(buildDir, rel), text);
  };
  // The tree as the cache gave it: relocated from build_old, its files older than this build.
  await write(`${SP}/kept.pth`, `${buildDir}/src\n`);
  await write(`${SP}/plain/__init__.py`, "x = 1\n");
  await symlink("../plain", path.join(buildDir, SP, "relative-link"));
  const ctx: BuildContext = {
    buildDir,
    cacheDir: path.join(dir, "cache"),
    envDir: undefined,
    buildpackDir: dir,
    cacheRoot: path.join(dir, "cache", "pyslug"),
    config: ConfigVars.of({}),
    log: new BuildLog({ out: () => undefined, err: () => undefined }),
    env: { PYSLUG_VERIFY_MANIFEST: "1" },
  };
  await sleep(250); // beyond the coarse-clock margin
  ctx.startedAt = Date.now();
  return { ctx, buildDir, write };
}

describe("recordBuildPaths on a restored tree", () => {
  it("lists the previous files and this build's writes, makes this build's absolute links relative, and passes the full-scan check", async () => {
    const { ctx, buildDir, write } = await restoredTree();
    await write(`${SP}/new.pth`, `${buildDir}/lib\n`);
    await write(`${SP}/plain/later.py`, "# written by a hook, no path in it\n");
    await symlink(path.join(buildDir, SP, "plain"), path.join(buildDir, SP, "absolute-link"));
    const { files, treeDirs } = await recordBuildPaths(ctx, { buildDir: "/tmp/build_old", files: [`${SP}/kept.pth`] });
    expect(files).toEqual([`${SP}/kept.pth`, `${SP}/new.pth`]);
    expect(treeDirs).toBeUndefined();
    expect(await readlink(path.join(buildDir, SP, "absolute-link"))).toBe("plain");
    expect(await readFile(path.join(buildDir, MANIFEST_PATH), "utf8")).toContain(`${SP}/new.pth\n`);
  });

  it("after the tree's copy for the cache: writes since the copy, and the tree's directories whose entries changed", async () => {
    const { ctx, buildDir, write } = await restoredTree();
    const writesAfter = Date.now();
    await sleep(30); // beyond a clock tick
    await write(`${SP}/new.pth`, `${buildDir}/lib\n`);
    await write(`${SP}/fresh/deep/m.py`, "m = 1\n");
    await write(`${SP}/plain/__pycache__/x.cpython-312.pyc`, "pyc");
    await symlink(path.join(buildDir, SP, "fresh"), path.join(buildDir, ".heroku", "python", "link-to-fresh"));
    const { files, treeDirs } = await recordBuildPaths(ctx, { buildDir: "/tmp/build_old", files: [`${SP}/kept.pth`], writesAfter });
    expect(files).toEqual([`${SP}/kept.pth`, `${SP}/new.pth`]);
    const sp = "lib/python3.12/site-packages";
    // The tree itself got the link (made relative since); site-packages got fresh/ and new.pth; plain/ a __pycache__.
    expect(treeDirs).toEqual(["", sp, `${sp}/fresh`, `${sp}/fresh/deep`, `${sp}/plain`, `${sp}/plain/__pycache__`]);
    expect(await readlink(path.join(buildDir, ".heroku", "python", "link-to-fresh"))).toBe("lib/python3.12/site-packages/fresh");
  });

  it("the check fails when a file holding the build dir was neither listed nor written in this build", async () => {
    const { ctx } = await restoredTree();
    // kept.pth holds the build dir but the previous build's list doesn't name it: the incremental manifest misses it.
    await expect(recordBuildPaths(ctx, { buildDir: "/tmp/build_old", files: [] })).rejects.toThrow(
      /text files holding the build path differ from a full scan: missing \[".*kept\.pth"\]/,
    );
  });
});
