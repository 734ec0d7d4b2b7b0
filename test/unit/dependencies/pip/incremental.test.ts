// Which requirement specs an environment can be updated in place for (src/dependencies/pip/incremental.ts).
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { incrementalChange, localReinstallLines } from "../../../../src/dependencies/pip/incremental.js";
import { readRequirements } from "../../../../src/dependencies/pip/requirements-file.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function change(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pyslug-incr-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return { dir, change: incrementalChange(await readRequirements(dir), dir) };
}

describe("incrementalChange", () => {
  it("resolves named requirements across includes, with constraints, and keeps local directories as installed", async () => {
    const { dir, change: c } = await change({
      "requirements.txt": "-r base.txt\n-c pins.txt\nflask[async]>=3 ; python_version >= '3.9'\n-e ./pkg[dev]\n",
      "base.txt": "six\n",
      "pins.txt": "six==1.17.0\n",
      "pkg/pyproject.toml": "[project]\nname = 'pkg'\nversion = '1'\n",
    });
    expect(c).toEqual({
      kind: "resolve",
      requirements: ["six", "flask[async]>=3 ; python_version >= '3.9'"],
      constraints: ["six==1.17.0"],
      local: [{ path: path.join(dir, "pkg"), extras: ["dev"] }],
      required: ["six", expect.stringMatching(/^flask\[async\]; python_version >= ["']3\.9["']$/)],
    });
  });

  it.each([
    ["a pip option", { "requirements.txt": "--extra-index-url https://example.com/simple\nsix\n" }, /set --extra-index-url/],
    ["hashes", { "requirements.txt": "six==1.17.0 --hash=sha256:" + "a".repeat(64) + "\n" }, /aren't a name and a version/],
    ["a VCS requirement", { "requirements.txt": "six\n-e git+https://example.com/x.git#egg=x\n" }, /git\+https/],
    ["a URL", { "requirements.txt": "x @ https://example.com/x-1.0-py3-none-any.whl\n" }, /example\.com/],
  ])("needs a fresh environment for %s, saying why", async (_what, files, reason) => {
    const { change: c } = await change(files);
    expect(c.kind).toBe("reset");
    expect(c.kind === "reset" && c.reason).toMatch(reason);
  });
});

describe("localReinstallLines", () => {
  async function lines(files: Record<string, string>, paths: string[]) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "pyslug-incr-"));
    dirs.push(dir);
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text);
    }
    return { dir, found: localReinstallLines(await readRequirements(dir), dir, paths) };
  }
  const pkg = (name: string) => ({ [`${name}/pyproject.toml`]: `[project]\nname = '${name}'\nversion = '1'\n` });

  it("writes just the asked packages, absolute, with -e, their extras and per-requirement options", async () => {
    const { dir, found } = await lines(
      {
        "requirements.txt": "six\n-r more.txt\n-e ./a[dev]\n./b\n",
        "more.txt": "-e ./c --config-settings editable_mode=strict\n",
        ...pkg("a"),
        ...pkg("b"),
        ...pkg("c"),
      },
      ["a", "c"],
    );
    expect(found).toEqual({
      lines: [`-e ${path.join(dir, "a")}[dev]`, `-e ${path.join(dir, "c")} --config-settings editable_mode=strict`],
    });
  });

  it("refuses when the files' options or constraints would apply to the packages too", async () => {
    const withIndex = await lines({ "requirements.txt": "--find-links ./wheels\n-e ./a\n", ...pkg("a") }, ["a"]);
    expect(withIndex.found).toEqual({ reason: "the requirements files set --find-links" });
    const constrained = await lines({ "requirements.txt": "-c pins.txt\n-e ./a\n", "pins.txt": "six==1\n", ...pkg("a") }, ["a"]);
    expect(constrained.found).toEqual({ reason: "the requirements files have constraints" });
  });

  it("refuses a package that isn't one line of the files", async () => {
    const { found } = await lines({ "requirements.txt": "-e ./a\n./a\n", ...pkg("a") }, ["a"]);
    expect(found).toEqual({ reason: "a isn't one plain line of the requirements files" });
  });
});
