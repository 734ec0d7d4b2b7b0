import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { relocateFiles } from "../../../src/relocation/rewrite.js";

const OLD = "/tmp/build_1";
const NEW = "/tmp/build_12";

describe("relocateFiles (cache restore)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-rewrite-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const at = (rel: string) => path.join(dir, rel);

  it("rewrites whole paths only, in the listed files only", async () => {
    await fs.outputFile(at("sp/a.pth"), `${OLD}/src\n${OLD}2/other\n`);
    await fs.outputFile(at("sp/b.pth"), `${NEW}/already\n`);
    await fs.outputFile(at("sp/unlisted.pth"), `${OLD}/src\n`);
    const counts = relocateFiles(dir, ["sp/a.pth", "sp/b.pth", "sp/gone.pth"], OLD, NEW);
    expect(counts).toEqual({ rewritten: 1, unchanged: 1, missing: ["sp/gone.pth"], pycRemoved: 0 });
    expect(await fs.readFile(at("sp/a.pth"), "utf8")).toBe(`${NEW}/src\n${OLD}2/other\n`);
    expect(await fs.readFile(at("sp/b.pth"), "utf8")).toBe(`${NEW}/already\n`);
    expect(await fs.readFile(at("sp/unlisted.pth"), "utf8")).toBe(`${OLD}/src\n`);
    // A second run finds nothing left to do (the new dir starts with the old one, and isn't touched).
    expect(relocateFiles(dir, ["sp/a.pth"], OLD, NEW).rewritten).toBe(0);
  });

  it("never writes in place: a hard link elsewhere (the cache) keeps the old content", async () => {
    await fs.outputFile(at("cache/bin/tool"), `#!${OLD}/.heroku/python/bin/python3\n`);
    await fs.ensureDir(at("build/bin"));
    await fs.link(at("cache/bin/tool"), at("build/bin/tool"));
    relocateFiles(at("build"), ["bin/tool"], OLD, NEW);
    expect(await fs.readFile(at("build/bin/tool"), "utf8")).toBe(`#!${NEW}/.heroku/python/bin/python3\n`);
    expect(await fs.readFile(at("cache/bin/tool"), "utf8")).toBe(`#!${OLD}/.heroku/python/bin/python3\n`);
    expect((await fs.stat(at("build/bin/tool"))).ino).not.toBe((await fs.stat(at("cache/bin/tool"))).ino);
    expect(await fs.readdir(at("build/bin"))).toEqual(["tool"]); // no temp file left
  });

  it("preserves the mode, even ones the umask would drop", async () => {
    await fs.outputFile(at("bin/run"), `#!${OLD}/python\n`);
    await fs.chmod(at("bin/run"), 0o775);
    await fs.outputFile(at("ro.pth"), `${OLD}\n`);
    await fs.chmod(at("ro.pth"), 0o444);
    relocateFiles(dir, ["bin/run", "ro.pth"], OLD, NEW);
    expect((await fs.stat(at("bin/run"))).mode & 0o7777).toBe(0o775);
    expect((await fs.stat(at("ro.pth"))).mode & 0o7777).toBe(0o444);
    expect(await fs.readFile(at("ro.pth"), "utf8")).toBe(`${NEW}\n`);
  });

  it("deletes the pycs of rewritten sources only", async () => {
    await fs.outputFile(at("pkg/finder.py"), `MAPPING = {"m": "${OLD}/src/m"}\n`);
    await fs.outputFile(at("pkg/plain.py"), "x = 1\n");
    for (const name of ["finder.cpython-312.pyc", "finder.cpython-312.opt-1.pyc", "finderx.cpython-312.pyc", "plain.cpython-312.pyc"]) {
      await fs.outputFile(at(`pkg/__pycache__/${name}`), "pyc");
    }
    const counts = relocateFiles(dir, ["pkg/finder.py", "pkg/plain.py"], OLD, NEW);
    expect(counts.pycRemoved).toBe(2);
    expect((await fs.readdir(at("pkg/__pycache__"))).sort()).toEqual(["finderx.cpython-312.pyc", "plain.cpython-312.pyc"]);
  });

  it("does not follow symlinks", async () => {
    await fs.outputFile(at("target.pth"), `${OLD}\n`);
    await fs.symlink(at("target.pth"), at("link.pth"));
    const counts = relocateFiles(dir, ["link.pth"], OLD, NEW);
    expect(counts.missing).toEqual(["link.pth"]);
    expect(await fs.readFile(at("target.pth"), "utf8")).toBe(`${OLD}\n`);
  });
});
