// What Poetry 1.3.2 can't be an oracle for (lock-version 2.1, [project]-style Poetry 2 projects,
// package-mode, PEP 735 groups) installed for real: the plan's pip runs into a fresh virtualenv
// from the test wheels, then `pip list` is the lock's selection, exactly.
import fs from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { pythonHome } from "../../../../src/context.js";
import { inventoryPip } from "../../../heroku/inventory.js";
import { ensureDownloaded } from "../../../heroku/package-index.js";
import { pyenvPrefix, resolveLocalPython } from "../../../heroku/python-archive.js";
import { fromTestIndex, poetryLockText, type LockPackage } from "../../../fixtures/poetry/lock-writer.js";
import { planFor } from "../../../fixtures/poetry/plan-helper.js";
import { venvPipRun } from "../../../fixtures/venv-pip-run.js";

const SLOW = 600_000;
let python: string;
const index: Record<string, LockPackage> = {};

beforeAll(async () => {
  const local = await resolveLocalPython("3.12");
  if (!local) throw new Error("no local CPython 3.12");
  python = path.join(pyenvPrefix(local), "bin", "python3");
  await ensureDownloaded(["six", "iniconfig", "packaging", "poetry-core", `pip==${inventoryPip()}`], "3.12");
  for (const name of ["six", "iniconfig", "packaging"]) index[name] = await fromTestIndex(name);
}, SLOW);

/** Plans `files`, installs the plan into a virtualenv at the app's .heroku/python, returns `pip list` names. */
async function install(files: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const { plan, error, dir } = await planFor(files, {}, env);
  if (error) throw error;
  const run = await venvPipRun(dir, python);
  const scratch = await fs.mkdtemp(path.join(dir, ".scratch-"));
  await plan!.install(run, scratch);
  const { stdout } = await execa(path.join(pythonHome({ buildDir: dir }), "bin", "python3"), ["-m", "pip", "list", "--format=freeze"], {
    env: { PIP_CONFIG_FILE: "/dev/null" },
  });
  return stdout
    .split("\n")
    .map((l) => l.split("==")[0]!.toLowerCase())
    .filter((n) => n && n !== "pip")
    .sort();
}

const MODERN = `[project]
name = "modern-app"
version = "0.1.0"
requires-python = ">=3.10"
dependencies = ["six>=1.16", "packaging; python_version < '3.10'"]

[dependency-groups]
test = ["iniconfig", "packaging"]

[tool.poetry]
package-mode = false
`;

function modernLock(): string {
  return poetryLockText(
    MODERN,
    [
      { ...index["six"]!, groups: ["main"] },
      { ...index["iniconfig"]!, groups: ["test"] },
      // In main only below 3.10, in test everywhere: a per-group marker table.
      { ...index["packaging"]!, groups: ["main", "test"], markers: { main: 'python_version < "3.10"' } },
    ],
    "2.1",
    ">=3.10",
  );
}

describe("lock-version 2.1, installed for real", () => {
  it(
    "a [project]-style project with package-mode = false: main only, the project itself not installed",
    async () => {
      expect(await install({ "pyproject.toml": MODERN, "poetry.lock": modernLock() })).toEqual(["six"]);
    },
    SLOW,
  );

  it(
    "under Heroku CI its PEP 735 group too, per-group markers evaluated for that group",
    async () => {
      expect(await install({ "pyproject.toml": MODERN, "poetry.lock": modernLock() }, { INSTALL_TEST: "1" })).toEqual([
        "iniconfig",
        "packaging",
        "six",
      ]);
    },
    SLOW,
  );

  it(
    "a [project]-style package: the project itself editable (poetry-core), and a develop = true path dependency",
    async () => {
      const pyproject = `[project]
name = "pkg-app"
version = "0.1.0"
requires-python = ">=3.10"
dependencies = ["six", "helper"]

[tool.poetry]
packages = [{ include = "pkg_app" }]

[tool.poetry.dependencies]
helper = { path = "libs/helper", develop = true }

[build-system]
requires = ["poetry-core>=2.0"]
build-backend = "poetry.core.masonry.api"
`;
      const helper = `[project]\nname = "helper"\nversion = "1.0"\n\n[build-system]\nrequires = ["poetry-core>=2.0"]\nbuild-backend = "poetry.core.masonry.api"\n`;
      const lock = poetryLockText(
        pyproject,
        [
          { ...index["six"]!, groups: ["main"] },
          { name: "helper", version: "1.0", groups: ["main"], develop: true, source: { type: "directory", url: "libs/helper" } },
        ],
        "2.1",
        ">=3.10",
      );
      const files = {
        "pyproject.toml": pyproject,
        "poetry.lock": lock,
        "pkg_app/__init__.py": "",
        "libs/helper/pyproject.toml": helper,
        "libs/helper/helper/__init__.py": "",
      };
      expect(await install(files)).toEqual(["helper", "pkg-app", "six"]);
    },
    SLOW,
  );
});
