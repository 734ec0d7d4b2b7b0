// pyslug's poetry.lock logic against the real Poetry (Debian's python3-poetry 1.3.2): the content
// hash against `poetry lock --check`, the selection against `poetry install --dry-run`.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { targetEnvironment } from "../../../../src/dependencies/markers.js";
import {
  installedGroups,
  parseTomlFile,
  readPoetryLock,
  readPoetryProject,
  selectPackages,
} from "../../../../src/dependencies/poetry/index.js";
import { detectArch } from "../../../../src/support/platform.js";
import { pyenvPrefix, resolveLocalPython } from "../../../heroku/python-archive.js";
import { DRY_RUN_CASES, HASH_ONLY_CASES, pyprojectOf, type PoetryCase } from "../../../fixtures/poetry/corpus.js";
import { poetryLockText } from "../../../fixtures/poetry/lock-writer.js";
import { oracleDryRun, oracleLockIsFresh, poetryExecutable } from "../../../fixtures/poetry/oracle.js";

const ORACLE_TIMEOUT = 600_000;
let work: string;
const venvs = new Map<string, { dir: string; version: string }>();

/** Runs `fn` over `items`, at most `limit` at a time (each Poetry run is mostly waiting on subprocesses). */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

async function writeProject(name: string, pyproject: string, lock: string): Promise<string> {
  const dir = path.join(work, name);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "pyproject.toml"), pyproject);
  await fs.writeFile(path.join(dir, "poetry.lock"), lock);
  return dir;
}

function pyslugSelection(c: PoetryCase, dir: string, version: string, arch: string): Promise<string[]> {
  return Promise.all([fs.readFile(path.join(dir, "pyproject.toml"), "utf8"), fs.readFile(path.join(dir, "poetry.lock"), "utf8")]).then(
    ([pyproject, lock]) => {
      const project = readPoetryProject(parseTomlFile(pyproject, "pyproject.toml", ""));
      const selected = selectPackages(readPoetryLock(parseTomlFile(lock, "poetry.lock", "")), project, {
        env: targetEnvironment(version, arch),
        groups: installedGroups(project, c.ci === true),
      });
      return selected.map((p) => `${p.name} ${p.version}`).sort();
    },
  );
}

beforeAll(async () => {
  await poetryExecutable();
  work = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-poetry-oracle-"));
  for (const minor of new Set(DRY_RUN_CASES.map((c) => c.python))) {
    const local = await resolveLocalPython(minor);
    if (!local) throw new Error(`no local CPython ${minor} for the Poetry oracle`);
    const dir = path.join(work, `venv-${minor}`);
    await execa(path.join(pyenvPrefix(local), "bin", "python3"), ["-m", "venv", "--without-pip", dir]);
    venvs.set(minor, { dir, version: local });
  }
}, ORACLE_TIMEOUT);

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe("content-hash: pyslug and `poetry lock --check` agree", () => {
  it(
    `on ${DRY_RUN_CASES.length + HASH_ONLY_CASES.length} [tool.poetry] projects, and both call a changed pyproject.toml stale (4 cases)`,
    async () => {
      const projects = [
        ...DRY_RUN_CASES.map((c) => ({ name: c.name, pyproject: pyprojectOf(c) })),
        ...HASH_ONLY_CASES.map((c) => ({ name: c.name, pyproject: pyprojectOf({ ...c, packages: [], python: "" }) })),
      ];
      const dirs = await Promise.all(
        projects.map((p) => writeProject(`hash-${p.name}`, p.pyproject, poetryLockText(p.pyproject, [], "2.0"))),
      );
      // Four of them with a dependency added after locking: stale for both.
      const staleDirs = await Promise.all(
        projects.slice(0, 4).map((p) =>
          writeProject(
            `stale-${p.name}`,
            p.pyproject.replace(
              /\n\[tool\.poetry\.dependencies\]\n|$/,
              (m) => `${m || "\n[tool.poetry.dependencies]\n"}added-later = "*"\n`,
            ),
            poetryLockText(p.pyproject, [], "2.0"),
          ),
        ),
      );
      const verdicts = await mapLimit([...dirs, ...staleDirs], 6, (dir) => oracleLockIsFresh(dir, work));
      expect(verdicts.slice(0, dirs.length)).toEqual(dirs.map(() => true));
      expect(verdicts.slice(dirs.length)).toEqual(staleDirs.map(() => false));
    },
    ORACLE_TIMEOUT,
  );
});

describe("selection: pyslug and `poetry install --dry-run` agree on lock-version 2.0 projects", () => {
  it(
    `on ${DRY_RUN_CASES.length} projects`,
    async () => {
      const arch = detectArch();
      const results = await mapLimit(DRY_RUN_CASES, 6, async (c) => {
        const pyproject = pyprojectOf(c);
        const dir = await writeProject(`dry-${c.name}`, pyproject, poetryLockText(pyproject, c.packages, "2.0"));
        const venv = venvs.get(c.python)!;
        const [oracle, pyslug] = await Promise.all([
          oracleDryRun(dir, work, venv.dir, c.ci === true),
          pyslugSelection(c, dir, venv.version, arch),
        ]);
        return { name: c.name, python: venv.version, ci: c.ci === true, oracle, pyslug };
      });
      for (const r of results) expect(r.oracle.length, `${r.name}: the oracle installs something`).toBeGreaterThan(0);
      expect(results.map((r) => ({ ...r, oracle: r.pyslug }))).toEqual(results);
      expect(results.map((r) => ({ ...r, pyslug: r.oracle }))).toEqual(results);
    },
    ORACLE_TIMEOUT,
  );
});
