import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { holdsPath, replacePath } from "../../../src/relocation/boundary.js";
import { scanForPath, scanTree } from "../../../src/relocation/scan.js";

const B = "/tmp/build_1";

describe("whole-path matching", () => {
  const holds = (text: string) => holdsPath(Buffer.from(text), Buffer.from(B));
  const replace = (text: string, to = "/app") => replacePath(Buffer.from(text), Buffer.from(B), Buffer.from(to))?.toString();

  it("matches the build dir followed by a path end", () => {
    for (const text of [`${B}/x`, `"${B}"`, `'${B}'`, `${B}`, `${B}\n`, `${B} x`, `a:${B}:b`, `file://${B}/p`, `(${B})`, `${B}\tx`]) {
      expect(holds(text), text).toBe(true);
    }
  });

  it("does not match another dir that starts the same", () => {
    for (const text of [`${B}2/x`, `${B}_old`, `${B}.bak/x`, `${B}-x`, `${B}a`, "/tmp/build_/x", ""]) {
      expect(holds(text), text).toBe(false);
    }
  });

  it("replaces every real occurrence and nothing else", () => {
    expect(replace(`${B}/a ${B}2/b ${B}:${B}\n"${B}"`)).toBe(`/app/a ${B}2/b /app:/app\n"/app"`);
    expect(replace(`${B}12/x`)).toBeUndefined();
    // The new dir may start with the old one (/tmp/build_1 → /tmp/build_12): one pass, no cascade.
    expect(replace(`${B}/x ${B}`, "/tmp/build_12")).toBe("/tmp/build_12/x /tmp/build_12");
  });

  it("keeps bytes that are not UTF-8 as they are", () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${B}/é`), Buffer.from([0x80])]);
    const out = replacePath(data, Buffer.from(B), Buffer.from("/app"));
    expect(out).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("/app/é"), Buffer.from([0x80])]));
  });
});

describe("scanForPath", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-scan-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function put(rel: string, content: string | Buffer): Promise<void> {
    await fs.outputFile(path.join(dir, rel), content);
  }

  it("lists the text files holding the path, sorted and relative to the base dir, binaries apart", async () => {
    const sp = "site-packages";
    await put(`${sp}/__editable__.demo-0.1.pth`, `${B}/src\n`);
    await put(`${sp}/__editable___demo_finder.py`, `MAPPING = {'demo': '${B}/src/demo'}\n`);
    await put(`${sp}/demo-0.1.dist-info/direct_url.json`, `{"url": "file://${B}", "dir_info": {"editable": true}}`);
    await put(`${sp}/deep/a/b/c/d/e/with space.txt`, `x ${B}`);
    await put(`${sp}/other.pth`, "/app/src\n");
    await put(`${sp}/longer.pth`, `${B}2/src\n`);
    await put(`${sp}/ext.cpython-312-x86_64-linux-gnu.so`, Buffer.concat([Buffer.from("\x7fELF\0\0"), Buffer.from(`${B}/lib\0`)]));
    await put(`${sp}/__pycache__/mod.cpython-312.pyc`, `${B}/mod.py`);
    await put(`${sp}/legacy.pyc`, `${B}/mod.py`);
    await put("bin/demo", `#!${B}/.heroku/python/bin/python3\n`);
    await put("outside/x.pth", `${B}/src\n`);
    await fs.symlink(path.join(dir, sp, "__editable__.demo-0.1.pth"), path.join(dir, sp, "link.pth"));
    await fs.symlink(path.join(dir, "outside"), path.join(dir, sp, "linkdir"));

    const result = await scanTree([sp, path.join(dir, "bin"), "missing-root"], B, { baseDir: dir });
    expect(result.text).toEqual([
      "bin/demo",
      `${sp}/__editable__.demo-0.1.pth`,
      `${sp}/__editable___demo_finder.py`,
      `${sp}/deep/a/b/c/d/e/with space.txt`,
      `${sp}/demo-0.1.dist-info/direct_url.json`,
    ]);
    expect(result.binary).toEqual([`${sp}/ext.cpython-312-x86_64-linux-gnu.so`]);
    expect(result.tooLarge).toEqual([]);
    expect(result.filesRead).toBe(8);
    expect(await scanForPath([sp], B, { baseDir: dir })).toEqual(result.text.filter((f) => f.startsWith(sp)));
  });

  it("does not read files over the size cap, and lists them", async () => {
    await put("big.txt", `${B}/${"x".repeat(2000)}`);
    await put("small.txt", `${B}/x`);
    const result = await scanTree(["."], B, { baseDir: dir, maxFileBytes: 1000 });
    expect(result.text).toEqual(["small.txt"]);
    expect(result.tooLarge).toEqual(["big.txt"]);
  });

  it("finds nothing in a missing or empty root", async () => {
    expect(await scanForPath(["nope"], B, { baseDir: dir })).toEqual([]);
    expect(await scanForPath(["."], B, { baseDir: dir })).toEqual([]);
  });

  it("keeps up with many files", async () => {
    for (let i = 0; i < 2000; i++) await put(`pkg${i % 40}/m${i}.py`, i % 100 === 0 ? `P = "${B}/x"\n` : "print(1)\n".repeat(20));
    const started = performance.now();
    const found = await scanForPath(["."], B, { baseDir: dir });
    expect(found).toHaveLength(20);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
