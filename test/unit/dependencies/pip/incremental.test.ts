// Which requirement specs an environment can be updated in place for (src/dependencies/pip/incremental.ts).
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { incrementalChange } from "../../../../src/dependencies/pip/incremental.js";
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
