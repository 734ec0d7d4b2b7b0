import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const detect = path.resolve(import.meta.dirname, "../../../bin/detect");
const release = path.resolve(import.meta.dirname, "../../../bin/release");
const dirs: string[] = [];

function app(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pyslug-detect-"));
  dirs.push(dir);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "");
  }
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("bin/detect", () => {
  it.each([
    "requirements.txt",
    "Pipfile",
    "Pipfile.lock",
    "setup.py",
    "setup.cfg",
    "pyproject.toml",
    "runtime.txt",
    ".python-version",
    "poetry.lock",
    "uv.lock",
  ])("passes on %s and prints Python", (file) => {
    const result = spawnSync("bash", [detect, app([file])], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Python\n");
  });

  it("fails with a short explanation on stderr otherwise", () => {
    const result = spawnSync("bash", [detect, app(["package.json", "src/requirements.txt", "README.md"])], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/no Python project files/);
    expect(result.stderr).toMatch(/requirements\.txt/);
  });

  it("does not count a directory named like a project file", () => {
    const dir = app([]);
    mkdirSync(path.join(dir, "requirements.txt"));
    expect(spawnSync("bash", [detect, dir]).status).toBe(1);
  });
});

describe("bin/release", () => {
  it("prints YAML without needing Node", () => {
    const out = execFileSync("bash", [release, app(["requirements.txt"])], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
    expect(out).toMatch(/^---\naddons: \[\]\ndefault_process_types: \{\}\n$/);
  });
});
