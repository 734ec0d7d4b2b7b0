import { chmod, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { entriesChangedSince } from "../../../src/relocation/changed-files.js";
import { SPLIT_MIN_ENTRIES } from "../../../src/support/two-halves.js";

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

describe("entriesChangedSince with a big site-packages", () => {
  it("walks it in two find processes, and lists what one find lists", async () => {
    // Glob characters in the path: find's -path must take it literally.
    dir = await mkdtemp(path.join(tmpdir(), "pyslug-changed-[x]*?-"));
    const home = path.join(dir, ".heroku/python");
    const sp = path.join(home, "lib/python3.12/site-packages");
    await mkdir(path.join(home, "bin"), { recursive: true });
    await writeFile(path.join(home, "bin/old-script"), "x\n");
    for (let i = 0; i < SPLIT_MIN_ENTRIES + 20; i++) {
      await mkdir(path.join(sp, `pkg${i}`, "sub"), { recursive: true });
      await writeFile(path.join(sp, `pkg${i}`, "sub", "m.py"), "x\n");
    }
    await mkdir(path.join(sp, "__pycache__"));
    await writeFile(path.join(sp, "old.pth"), "x\n");
    await sleep(250); // beyond the coarse-clock margin
    const started = Date.now();
    await writeFile(path.join(home, "bin/new-script"), "#!/tmp/build_x/python\n");
    await writeFile(path.join(sp, "__pycache__/x.py"), "never listed\n");
    await writeFile(path.join(sp, ".hidden.pth"), "x\n");
    await symlink("pkg1", path.join(sp, "link[1]"));
    await mkdir(path.join(sp, "new-pkg"));
    for (const i of [0, 1, 2, 3, 50, 51, 118, 119]) await writeFile(path.join(sp, `pkg${i}`, "sub", `new${i}.py`), "x\n");
    await writeFile(path.join(sp, "pkg7.py"), "x\n");

    const log = path.join(dir, "find.log");
    const bin = path.join(dir, "bin");
    await mkdir(bin);
    await writeFile(path.join(bin, "find"), `#!/bin/bash\necho "$#" >> '${log}'\nexec /usr/bin/find "$@"\n`, { mode: 0o755 });
    const savedPath = process.env["PATH"];
    process.env["PATH"] = `${bin}:${savedPath ?? ""}`;
    let split, single;
    try {
      split = await entriesChangedSince(".heroku/python", started, dir);
      expect((await readFile(log, "utf8")).trim().split("\n")).toHaveLength(2);
      single = await entriesChangedSince(".heroku/python", started, dir, undefined, false);
      expect((await readFile(log, "utf8")).trim().split("\n")).toHaveLength(3);
    } finally {
      process.env["PATH"] = savedPath;
    }
    expect(split).toEqual(single);
    const rel = (f: string) => `.heroku/python/${f}`;
    expect(split.files).toEqual(
      [
        "bin/new-script",
        ...["0", "1", "118", "119", "2", "3", "50", "51"].map((i) => `lib/python3.12/site-packages/pkg${i}/sub/new${i}.py`),
        "lib/python3.12/site-packages/.hidden.pth",
        "lib/python3.12/site-packages/pkg7.py",
      ]
        .map(rel)
        .sort(),
    );
    expect(split.symlinks).toEqual([rel("lib/python3.12/site-packages/link[1]")]);
    expect(split.dirs).toEqual(
      [
        "bin",
        "lib/python3.12/site-packages",
        "lib/python3.12/site-packages/__pycache__",
        "lib/python3.12/site-packages/new-pkg",
        ...["0", "1", "118", "119", "2", "3", "50", "51"].map((i) => `lib/python3.12/site-packages/pkg${i}/sub`),
      ]
        .map(rel)
        .sort(),
    );
  });
});
