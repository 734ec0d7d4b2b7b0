import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { choosePackageManager } from "../../../src/dependencies/package-manager.js";
import { BuildError } from "../../../src/support/errors.js";

async function appWith(...files: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pyslug-pm-"));
  for (const f of files) await writeFile(path.join(dir, f), "");
  return dir;
}

async function errorOf(...files: string[]): Promise<BuildError> {
  const error = await choosePackageManager(await appWith(...files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BuildError);
  return error as BuildError;
}

describe("choosing the package manager", () => {
  it.each([
    [["requirements.txt"], "pip"],
    [["requirements.txt", "pyproject.toml"], "pip"],
    [["Pipfile", "Pipfile.lock"], "pipenv"],
    [["pyproject.toml", "poetry.lock"], "poetry"],
    [["pyproject.toml", "uv.lock"], "uv"],
    [["pyproject.toml", "uv.lock", "setup.py", "runtime.txt"], "uv"],
  ])("%j → %s", async (files, manager) => {
    expect(await choosePackageManager(await appWith(...files))).toBe(manager);
  });

  it("several dependency files: an error listing each with its manager", async () => {
    const e = await errorOf("requirements.txt", "pyproject.toml", "uv.lock", "poetry.lock");
    expect(e.message).toContain("requirements.txt (pip)");
    expect(e.message).toContain("poetry.lock (Poetry)");
    expect(e.message).toContain("uv.lock (uv)");
    expect(e.message).not.toContain("Pipfile.lock (Pipenv)");
    expect(e.message).toMatch(/Keep the one you use/);
  });

  it("Pipfile.lock and uv.lock: both named", async () => {
    const e = await errorOf("Pipfile", "Pipfile.lock", "pyproject.toml", "uv.lock");
    expect(e.message).toContain("Pipfile.lock (Pipenv)");
    expect(e.message).toContain("uv.lock (uv)");
  });

  it("pyproject.toml alone: the no-dependency-file error naming all four and the lock commands", async () => {
    const e = await errorOf("pyproject.toml");
    for (const f of ["requirements.txt (pip)", "Pipfile.lock (Pipenv)", "poetry.lock (Poetry)", "uv.lock (uv)"])
      expect(e.message).toContain(f);
    expect(e.message).toMatch(/uv lock/);
    expect(e.file).toBe("pyproject.toml");
  });

  it("nothing: the no-dependency-file error suggests an empty requirements.txt", async () => {
    const e = await errorOf("app.py");
    expect(e.message).toContain("uv.lock (uv)");
    expect(e.message).toMatch(/empty requirements\.txt/);
  });

  it.each([["uv.lock"], ["poetry.lock"]])("%s without pyproject.toml", async (lock) => {
    const e = await errorOf(lock);
    expect(e.message).toContain(`${lock} but no pyproject.toml`);
    expect(e.file).toBe("pyproject.toml");
  });

  it("keeps the Pipenv rules", async () => {
    expect((await errorOf("Pipfile")).message).toMatch(/pipenv lock/);
    expect((await errorOf("Pipfile.lock")).message).toMatch(/no Pipfile/);
    expect((await errorOf("requirements.txt", "Pipfile")).message).toMatch(/requirements\.txt and Pipfile/);
  });
});
