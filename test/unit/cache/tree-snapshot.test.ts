// The copy of the Python tree that the cache keeps is made in the background when the tree is restored, and only
// updated at the save: after any mix of the changes pip, hooks and pyslug make, it must be the tree, entry for entry.
import { appendFile, chmod, mkdir, mkdtemp, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TreeSnapshot, atOrUnder } from "../../../src/cache/tree-snapshot.js";
import { entriesChangedSince } from "../../../src/relocation/changed-files.js";

/** A file of the tree that start() tries to link beside the copy. */
const PROBE = "bin/python3";
let root: string;
let tree: string;
let copy: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "pyslug-snapshot-"));
  tree = path.join(root, "build", ".heroku", "python");
  copy = path.join(root, "cache", "python", "content");
  const files: Record<string, string> = {
    "bin/python3": "#!python\n",
    "lib/site-packages/six.py": "six = 1\n",
    "lib/site-packages/six-1.0.dist-info/RECORD": "six.py\n",
    "lib/site-packages/pkg/__init__.py": "x = 1\n",
    "lib/site-packages/pkg/__pycache__/__init__.cpython-312.pyc": "pyc",
    "lib/site-packages/old/__init__.py": "old\n",
    "lib/site-packages/old/sub/deep.py": "deep\n",
    "lib/site-packages/becomes-file/a.py": "a\n",
    "lib/site-packages/app.pth": "/tmp/build_1/app\n",
  };
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(tree, rel)), { recursive: true });
    await writeFile(path.join(tree, rel), text);
  }
  await symlink("python3", path.join(tree, "bin", "python"));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const site = (...rest: string[]) => path.join(tree, "lib", "site-packages", ...rest);

/** What pip, a hook and pyslug do to a tree between its restore and its save. */
async function changeEverythingOnce(): Promise<void> {
  await writeFile(site("new.py"), "new\n"); // a new file in a directory that had others
  await rm(site("six.py")); // a removed file
  await writeFile(site("six-1.0.dist-info", "RECORD.tmp"), "six.py\nsix2.py\n"); // a file replaced by a rename
  await rename(site("six-1.0.dist-info", "RECORD.tmp"), site("six-1.0.dist-info", "RECORD"));
  await rm(site("old"), { recursive: true }); // a removed package, subdirectory included
  await mkdir(site("fresh", "inner"), { recursive: true }); // a new package, two levels deep
  await writeFile(site("fresh", "inner", "m.py"), "m\n");
  await rm(site("becomes-file"), { recursive: true }); // a directory replaced by a file
  await writeFile(site("becomes-file"), "now a file\n");
  await appendFile(site("app.pth"), "/tmp/build_1/more\n"); // written in place: the same inode in both trees
  await writeFile(site("pkg", "__pycache__", "extra.cpython-312.pyc"), "pyc"); // bytecode written later
  await rm(path.join(tree, "bin", "python")); // a symlink replaced
  await symlink("python3.12", path.join(tree, "bin", "python"));
  await chmod(site("pkg"), 0o700); // a directory's mode
}

describe("TreeSnapshot", () => {
  it("after the save's update, the copy is the tree: every path, type and file inode", async () => {
    const snapshot = await TreeSnapshot.start(tree, copy, PROBE);
    expect(snapshot).toBeDefined();
    await snapshot!.writable();
    expect(await TreeSnapshot.differences(tree, copy)).toEqual([]);

    await changeEverythingOnce();
    // Before the update the copy still is the restored tree (a check that can fail)...
    expect((await TreeSnapshot.differences(tree, copy)).length).toBeGreaterThan(5);
    expect(await snapshot!.update()).toBe(true);
    // ...and after it, the tree as the build left it.
    expect(await TreeSnapshot.differences(tree, copy)).toEqual([]);
    expect(await readFile(path.join(copy, "lib", "site-packages", "app.pth"), "utf8")).toBe("/tmp/build_1/app\n/tmp/build_1/more\n");
    expect((await stat(path.join(copy, "lib", "site-packages", "pkg"))).mode & 0o777).toBe(0o700);
  });

  it("given the directories the relocation's walk found (entriesChangedSince), the update is the same", async () => {
    const snapshot = (await TreeSnapshot.start(tree, copy, PROBE))!;
    const after = await snapshot.writable();
    await changeEverythingOnce();
    const { dirs } = await entriesChangedSince(tree, after, tree, 0);
    expect(dirs.length).toBeGreaterThan(3);
    expect(await snapshot.update(dirs)).toBe(true);
    expect(await TreeSnapshot.differences(tree, copy)).toEqual([]);
  });

  it("many new packages in one directory (more than one cp links) are saved whole too", async () => {
    const snapshot = (await TreeSnapshot.start(tree, copy, PROBE))!;
    await snapshot.writable();
    for (let i = 0; i < 150; i++) {
      await mkdir(site(`many${i}`, "sub"), { recursive: true });
      await writeFile(site(`many${i}`, "sub", "m.py"), `${i}\n`);
    }
    await chmod(site("many3"), 0o700);
    expect((await TreeSnapshot.differences(tree, copy)).length).toBeGreaterThan(150);
    expect(await snapshot.update()).toBe(true);
    expect(await TreeSnapshot.differences(tree, copy)).toEqual([]);
    expect((await stat(path.join(copy, "lib", "site-packages", "many3"))).mode & 0o777).toBe(0o700);
  });

  it("an unchanged tree is saved as it was copied: nothing to update", async () => {
    const snapshot = (await TreeSnapshot.start(tree, copy, PROBE))!;
    await snapshot.writable();
    const before = (await stat(path.join(copy, "lib", "site-packages"))).ctimeMs;
    expect(await snapshot.update()).toBe(true);
    expect((await stat(path.join(copy, "lib", "site-packages"))).ctimeMs).toBe(before);
    expect(await TreeSnapshot.differences(tree, copy)).toEqual([]);
  });

  it("whatever is written once the tree is writable has a later inode change time than the time returned", async () => {
    const snapshot = (await TreeSnapshot.start(tree, copy, PROBE))!;
    const after = await snapshot.writable();
    await writeFile(site("late.py"), "late\n");
    expect((await stat(site("late.py"))).ctimeMs).toBeGreaterThan(after);
    // The copy's own links changed the files' inode times, all before it.
    expect((await stat(site("six.py"))).ctimeMs).toBeLessThanOrEqual(after);
  });

  it("no copy across filesystems (no hard links there): the save copies the whole tree instead", async () => {
    const elsewhere = await mkdtemp("/dev/shm/pyslug-snapshot-");
    try {
      expect((await stat(elsewhere)).dev).not.toBe((await stat(tree)).dev);
      expect(await TreeSnapshot.start(tree, path.join(elsewhere, "content"), PROBE)).toBeUndefined();
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

describe("atOrUnder", () => {
  it("is true for a directory of the set and anything under it, false for its parent, siblings and lookalikes", () => {
    const dirs = new Set(["lib/site-packages/pkg", "bin"]);
    expect(atOrUnder("lib/site-packages/pkg", dirs)).toBe(true);
    expect(atOrUnder("lib/site-packages/pkg/sub", dirs)).toBe(true);
    expect(atOrUnder("lib/site-packages/pkg/sub/deeper", dirs)).toBe(true);
    expect(atOrUnder("bin/x", dirs)).toBe(true);
    expect(atOrUnder("lib/site-packages/pkg2/sub", dirs)).toBe(false);
    expect(atOrUnder("lib/site-packages", dirs)).toBe(false);
    expect(atOrUnder("binaries/x", dirs)).toBe(false);
    expect(atOrUnder("", dirs)).toBe(false);
  });
  it("takes everything when the root itself was copied", () => {
    expect(atOrUnder("lib", new Set([""]))).toBe(true);
    expect(atOrUnder("", new Set([""]))).toBe(true);
  });
});
