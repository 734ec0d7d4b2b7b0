import { chmod, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { entriesChangedSince } from "../../../src/relocation/changed-files.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("entriesChangedSince", () => {
  it("lists the files whose inode changed since the build started, whatever their mtime says", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pyslug-changed-"));
    const sp = path.join(dir, ".heroku/python/lib/python3.12/site-packages");
    await mkdir(path.join(sp, "old/__pycache__"), { recursive: true });
    await mkdir(path.join(sp, "new/__pycache__"), { recursive: true });
    for (const f of ["old/a.py", "old/b.py", "old/c.py", "old/__pycache__/a.cpython-312.pyc"]) await writeFile(path.join(sp, f), "x\n");
    await symlink("a.py", path.join(sp, "old/link-before"));
    await sleep(250); // beyond the coarse-clock margin
    const started = Date.now();
    await writeFile(path.join(sp, "new/n.pth"), "/tmp/build_x/src\n");
    await writeFile(path.join(sp, "new/__pycache__/n.cpython-312.pyc"), "x");
    await writeFile(path.join(sp, "new/n.pyc"), "x");
    await writeFile(path.join(sp, "old/a.py"), "rewritten in place\n");
    await chmod(path.join(sp, "old/b.py"), 0o600);
    // A tool restoring an old mtime (tar -x, cp -p) can't hide a write: ctime moves on.
    await writeFile(path.join(sp, "old/d.py"), "extracted\n");
    await utimes(path.join(sp, "old/d.py"), new Date(2000, 1, 1), new Date(2000, 1, 1));

    await symlink(path.join(sp, "old/a.py"), path.join(sp, "new/link-after"));
    const changed = (await entriesChangedSince(".heroku/python", started, dir)).files;
    expect(changed).toEqual(
      ["new/n.pth", "old/a.py", "old/b.py", "old/d.py"].map((f) => `.heroku/python/lib/python3.12/site-packages/${f}`),
    );
    // Symlinks made since then, apart (for making them relative); older ones are left alone.
    expect((await entriesChangedSince(".heroku/python", started, dir)).symlinks).toEqual([
      ".heroku/python/lib/python3.12/site-packages/new/link-after",
    ]);
    expect((await entriesChangedSince(".heroku/python", Date.now() + 1000, dir)).files).toEqual([]);
    expect((await entriesChangedSince("missing", started, dir)).files).toEqual([]);
  });
});
