// Heroku CI: bin/test-compile builds in /app, installs the test dependencies (requirements-test.txt
// after requirements.txt for pip, Pipfile.lock's develop packages for Pipenv), hooks see CI=true,
// and the second run from the cache does the same; then pytest runs in a dyno. uv (default groups) and
// Poetry (non-optional groups) run bin/test-compile on their apps in uv.test.ts and poetry.test.ts.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { AppPool, appSource, expectSuccess, fixture } from "./helpers.js";

const PYTHON = "3.12";

let server: ArtifactServer;
const pool = new AppPool(() => server);

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  // Exactly what the Pipenv fixture's lock pins (hash-checked), which is also what the pip app gets.
  const lock = JSON.parse(await readFile(path.join(fixture("ci-pipenv"), "Pipfile.lock"), "utf8")) as Record<
    string,
    Record<string, { version?: string }>
  >;
  const pins = ["default", "develop"].flatMap((s) => Object.entries(lock[s]!).map(([name, e]) => `${name}${e.version}`));
  await server.ensureDownloaded(pins, PYTHON);
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

/** The pip app: the Pipenv fixture (its tests and hook) with requirements files instead of the Pipfile. */
async function pipSource(): Promise<string> {
  const dir = await appSource({ "requirements.txt": "six\n", "requirements-test.txt": "pytest\n" }, fixture("ci-pipenv"));
  for (const file of ["Pipfile", "Pipfile.lock"]) await rm(path.join(dir, file));
  return dir;
}

const apps: Record<string, () => Promise<string>> = { pip: pipSource, Pipenv: () => Promise.resolve(fixture("ci-pipenv")) };

describe.each(Object.keys(apps))("Heroku CI with %s", { timeout: 400_000 }, (kind) => {
  let app: App;
  let source: string;

  beforeAll(async () => {
    app = await pool.create(`ci-${kind.toLowerCase()}`);
    source = await apps[kind]!();
  });

  it.each([1, 2])("test-compile run %i installs the test dependencies, and hooks see CI=true", async (n) => {
    const res = await app.deploy({ source, ci: true });
    expectSuccess(res);
    expect(res.output).toMatch(
      kind === "pip" ? /from requirements\.txt and requirements-test\.txt/ : /from Pipfile\.lock \(default and develop\)/,
    );
    expect(res.output).toMatch(/^ {7}post_compile: CI=true$/m);
    expect(res.output).toMatch(/^ {7}pytest \d+\.\d+/m);
    // Built in /app itself: nothing to relocate.
    expect(res.output).not.toMatch(/\/tmp\/build_/);
    if (n === 2) expect(res.output).toMatch(/Reusing cached environment/);
  });

  it("pytest runs in a dyno", async () => {
    const version = await app.run("pytest --version");
    expect(version.exitCode, version.output).toBe(0);
    expect(version.output).toMatch(/^pytest \d+\.\d+/m);
    const tests = await app.run("pytest -q -p no:cacheprovider test_app.py");
    expect(tests.exitCode, tests.output).toBe(0);
    expect(tests.stdout).toMatch(/1 passed/);
  });
});
