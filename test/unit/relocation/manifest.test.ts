import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { describe, expect, it } from "vitest";
import { formatManifest, MANIFEST_PATH, parseManifest, readManifest, writeManifest } from "../../../src/relocation/manifest.js";

describe("the relocation manifest", () => {
  it("is a header, the build dir, then sorted unique paths", () => {
    const { text, rejected } = formatManifest({ buildDir: "/tmp/build_abc/", files: ["b c/#x.pth", "a.pth", "b c/#x.pth"] });
    expect(text).toBe("# pyslug relocation manifest v1\nbuild_dir=/tmp/build_abc\na.pth\nb c/#x.pth\n");
    expect(rejected).toEqual([]);
  });

  it("rejects paths it can't hold instead of escaping them", () => {
    const { text, rejected } = formatManifest({ buildDir: "/tmp/b", files: ["ok", "new\nline", "/abs", "../up", "a/../../b", ""] });
    expect(text.split("\n").slice(2)).toEqual(["ok", ""]);
    expect(rejected.sort()).toEqual(["", "../up", "/abs", "a/../../b", "new\nline"].sort());
  });

  it("round-trips, including spaces, # and non-ASCII", () => {
    const manifest = { buildDir: "/tmp/build_x.y", files: ["# not a comment", " lead space", "é/ü.pth", "tab\there"] };
    const parsed = parseManifest(formatManifest(manifest).text);
    expect(parsed.buildDir).toBe("/tmp/build_x.y");
    expect(parsed.files).toEqual([...manifest.files].sort());
  });

  it("refuses another format or a bad entry", () => {
    expect(() => parseManifest("")).toThrow(/Not a pyslug relocation manifest/);
    expect(() => parseManifest("# pyslug relocation manifest v2\nbuild_dir=/x\n")).toThrow(/Not a pyslug/);
    expect(() => parseManifest("# pyslug relocation manifest v1\n/x\n")).toThrow(/build_dir/);
    expect(() => parseManifest("# pyslug relocation manifest v1\nbuild_dir=relative\n")).toThrow(/absolute/);
    expect(() => parseManifest("# pyslug relocation manifest v1\nbuild_dir=/x\n../etc/passwd\n")).toThrow(/leaves the app dir/);
    expect(() => formatManifest({ buildDir: "/", files: [] })).toThrow(/The root directory/);
  });

  it("is written into the slug and read back; a missing one is undefined", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-manifest-"));
    try {
      expect(await readManifest(dir)).toBeUndefined();
      const { rejected } = await writeManifest(dir, { buildDir: "/tmp/build_q", files: ["x/y.pth", "bad\n"] });
      expect(rejected).toEqual(["bad\n"]);
      expect(await fs.readFile(path.join(dir, MANIFEST_PATH), "utf8")).toContain("build_dir=/tmp/build_q\nx/y.pth\n");
      expect(await readManifest(dir)).toEqual({ buildDir: "/tmp/build_q", files: ["x/y.pth"] });
      expect(await fs.readdir(path.dirname(path.join(dir, MANIFEST_PATH)))).toEqual(["relocation-manifest"]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
