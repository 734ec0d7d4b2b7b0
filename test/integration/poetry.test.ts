// A Poetry app (pyproject.toml + poetry.lock, lock-version 2.1) on the local Heroku: installed from
// the lock with pip, deployed twice (the second installs nothing), its root package and a
// `develop = true` path dependency editable in a later buildpack and in a one-off dyno, and the
// non-optional groups under Heroku CI.
import fs from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { fromTestIndex, poetryLockText, type LockPackage } from "../fixtures/poetry/lock-writer.js";
import { AppPool, appSource, expectBuildError, expectSecretNowhere, expectSuccess } from "./helpers.js";

const PYTHON = "3.12";
// Builds on a loaded 2-core machine: a cold deploy can take minutes.
const SLOW = 600_000;

let server: ArtifactServer;
const pool = new AppPool(() => server);
const sources: string[] = [];

const PYPROJECT = `[tool.poetry]
name = "poetryapp"
version = "0.1.0"
description = "A Poetry app"
authors = ["Someone <someone@example.com>"]
packages = [{ include = "poetryapp" }]

[tool.poetry.dependencies]
python = "^3.10"
gunicorn = "*"
colorama = { version = "*", markers = "sys_platform == 'win32'" }
helper = { path = "packages/helper", develop = true }

[tool.poetry.group.test.dependencies]
pytest = "*"

[tool.poetry.group.docs]
optional = true

[tool.poetry.group.docs.dependencies]
mdurl = "*"

[tool.poetry.scripts]
poetryapp-hello = "poetryapp:hello"

[build-system]
requires = ["poetry-core>=1.0.0"]
build-backend = "poetry.core.masonry.api"
`;

const HELPER_PYPROJECT =
  '[tool.poetry]\nname = "helper"\nversion = "1.0.0"\ndescription = ""\nauthors = ["S <s@example.com>"]\n\n[build-system]\nrequires = ["poetry-core>=1.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n';

const fake = (name: string, version: string): LockPackage => ({
  name,
  version,
  files: [{ file: `${name}-${version}-py3-none-any.whl`, hash: `sha256:${"ab".repeat(32)}` }],
});

async function lockText(pyproject = PYPROJECT, extra: LockPackage[] = []): Promise<string> {
  const [gunicorn, pytest, iniconfig, packaging, pluggy, pygments] = await Promise.all(
    ["gunicorn", "pytest", "iniconfig", "packaging", "pluggy", "pygments"].map(fromTestIndex),
  );
  const packages: LockPackage[] = [
    { ...gunicorn!, groups: ["main"] },
    { ...fake("colorama", "0.4.6"), groups: ["main", "test"], markers: 'sys_platform == "win32"' },
    { name: "helper", version: "1.0.0", develop: true, groups: ["main"], source: { type: "directory", url: "packages/helper" } },
    { ...pytest!, groups: ["test"] },
    { ...iniconfig!, groups: ["test"] },
    { ...packaging!, groups: ["test"] },
    { ...pluggy!, groups: ["test"] },
    { ...pygments!, groups: ["test"] },
    { ...fake("tomli", "2.2.1"), groups: ["test"], markers: 'python_version < "3.11"' },
    { ...fake("exceptiongroup", "1.3.0"), groups: ["test"], markers: 'python_version < "3.11"' },
    { ...fake("mdurl", "0.1.2"), groups: ["docs"] },
    ...extra,
  ];
  return poetryLockText(pyproject, packages, "2.1", "^3.10");
}

async function poetryApp(extra: Record<string, string> = {}): Promise<string> {
  const dir = await appSource({
    ".python-version": `${PYTHON}\n`,
    "pyproject.toml": PYPROJECT,
    "poetry.lock": await lockText(),
    "poetryapp/__init__.py": "import helper\n\ndef hello():\n    print('hello from poetryapp,', helper.NAME)\n",
    "poetryapp/web.py":
      "import helper\n\ndef app(environ, start_response):\n    start_response('200 OK', [('Content-Type', 'text/plain')])\n    return [f'poetryapp says {helper.NAME}'.encode()]\n",
    "packages/helper/pyproject.toml": HELPER_PYPROJECT,
    "packages/helper/helper/__init__.py": "NAME = 'helper v1'\n",
    "tests/test_app.py": "def test_hello():\n    import poetryapp\n    poetryapp.hello()\n",
    Procfile: "web: gunicorn --bind 0.0.0.0:$PORT poetryapp.web:app\n",
    "bin/inline-compile":
      "#!/usr/bin/env bash\nset -e\npoetryapp-hello\npython -c 'import poetryapp, helper; print(\"later buildpack\", poetryapp.__file__, helper.__file__)'\n",
    ...extra,
  });
  sources.push(dir);
  return dir;
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded(["poetry-core", "gunicorn", "pytest", "six"], PYTHON);
});

afterAll(async () => {
  await pool.dispose();
  for (const dir of sources) await fs.rm(dir, { recursive: true, force: true });
  await server?.close();
});

describe("a Poetry app", () => {
  let app: App;
  let source: string;

  beforeAll(async () => {
    app = await pool.create("poetry-app", { buildpacks: [{ kind: "pyslug" }, { kind: "inline" }] });
    source = await poetryApp();
  }, SLOW);

  it(
    "deploys from poetry.lock: the selected packages, the root package and a develop path dependency editable",
    async () => {
      const first = await app.deploy({ source });
      expectSuccess(first);
      expect(first.output).toMatch(/poetry\.lock \(lock-version 2\.1\) is current; 2 packages selected for Python 3\.12/);
      expect(first.output).toMatch(/Installing dependencies from poetry\.lock with pip/);
      expect(first.output).toMatch(
        /later buildpack \/tmp\/build_\w+\/poetryapp\/__init__\.py \/tmp\/build_\w+\/packages\/helper\/helper\/__init__\.py/,
      );
      expect(first.output).toContain("hello from poetryapp, helper v1");
    },
    SLOW,
  );

  it(
    "answers HTTP, and the unchanged second deploy installs nothing",
    async () => {
      const web = await app.bootWeb();
      expect(web.status, web.output).toBe(200);
      expect(web.body).toBe("poetryapp says helper v1");

      server.clearRequests();
      const second = await app.deploy({ source });
      expectSuccess(second);
      expect(second.output).toMatch(/Reusing cached environment \(poetry\.lock unchanged\)/);
      // Not even an index page: pip never ran.
      expect(server.requests.filter((r) => /^\/(private\/)?(simple|files)/.test(r.path))).toEqual([]);
      expect(second.output).toMatch(/Local packages unchanged since the cached install: packages\/helper, \./);
      expect(second.output).not.toMatch(/Installing the packages of poetry\.lock|Successfully installed|Removing packages/);
      // The root package and the develop path dependency, from this build's dir, in the later buildpack.
      expect(second.output).toContain("hello from poetryapp, helper v1");
      expect(second.output).toContain(
        `later buildpack ${second.buildDir}/poetryapp/__init__.py ${second.buildDir}/packages/helper/helper/__init__.py`,
      );
      expect((await app.bootWeb()).body).toBe("poetryapp says helper v1");

      const run = await app.run("poetryapp-hello && python -m pip list --format=freeze");
      expect(run.exitCode, run.output).toBe(0);
      expect(run.stdout).toContain("hello from poetryapp, helper v1");
      const installed = run.stdout
        .split("\n")
        .filter((l) => l.includes("=="))
        .map((l) => l.split("==")[0]!.toLowerCase())
        .filter(Boolean)
        .sort();
      expect(installed).toEqual(["gunicorn", "helper", "pip", "poetryapp"]);
    },
    SLOW,
  );

  it(
    "a code-only change installs nothing (the root package and helper are editable, their [tool.poetry] static); a change to helper's pyproject.toml installs helper alone",
    async () => {
      const code = await app.deploy({
        source: await poetryApp({ "packages/helper/helper/__init__.py": "NAME = 'helper v2'\n", "poetryapp/extra.py": "X = 1\n" }),
      });
      expectSuccess(code);
      expect(code.output).toMatch(
        /Editable, reading their code from the app \(only their pyproject\.toml counts\): packages\/helper, \.\n/,
      );
      expect(code.output).not.toMatch(/Reinstalling local packages|Obtaining file:|Successfully installed/);
      expect((await app.bootWeb()).body).toBe("poetryapp says helper v2");

      const described = await app.deploy({
        source: await poetryApp({
          "packages/helper/helper/__init__.py": "NAME = 'helper v2'\n",
          "packages/helper/pyproject.toml": HELPER_PYPROJECT.replace('description = ""', 'description = "Says its name"'),
        }),
      });
      expectSuccess(described);
      expect(described.output).toMatch(/Reinstalling local packages: packages\/helper \(its pyproject\.toml changed\)\n/);
      expect(described.output).toMatch(/Successfully installed helper-1\.0\.0/);
      expect(described.output).not.toMatch(/poetryapp-0\.1\.0/);
      const summary = await app.run('python -c \'import importlib.metadata as m; print(m.metadata("helper")["Summary"])\'');
      expect(summary.stdout.trim(), summary.output).toBe("Says its name");
    },
    SLOW,
  );

  it(
    "bin/test-compile (Heroku CI) installs the non-optional groups, and pytest runs in a dyno",
    async () => {
      const ci = await app.deploy({ source, ci: true });
      expectSuccess(ci);
      expect(ci.output).toMatch(/from poetry\.lock \(main, test\) with pip/);
      const run = await app.run("pytest --version && pytest -q tests && python -m pip list --format=freeze");
      expect(run.exitCode, run.output).toBe(0);
      expect(run.stdout).not.toMatch(/^(mdurl|colorama|tomli|exceptiongroup)==/im);
      expect(run.stdout).toMatch(/^pytest==/m);
    },
    SLOW,
  );

  it(
    "a [[tool.poetry.source]] that requires POETRY_HTTP_BASIC_* credentials: a wrong password is one clear error, the right one installs, the secret is kept nowhere",
    async () => {
      const secret = "poetry-hunter2-secret";
      const wrong = "not-the-password-42";
      // six is only on the private index (the public one answers 404): the install succeeds only with the credentials.
      const privateUrl = `${server.requireCredentials("deployer", secret, ["six"])}/`;
      const pyproject =
        PYPROJECT.replace('gunicorn = "*"\n', 'gunicorn = "*"\nsix = { version = "*", source = "corp-index" }\n') +
        `\n[[tool.poetry.source]]\nname = "corp-index"\nurl = "${privateUrl}"\npriority = "explicit"\n`;
      const six = {
        ...(await fromTestIndex("six")),
        groups: ["main"],
        source: { type: "legacy", url: privateUrl, reference: "corp-index" },
      };
      const privateSource = await poetryApp({ "pyproject.toml": pyproject, "poetry.lock": await lockText(pyproject, [six]) });

      app.setConfig({ POETRY_HTTP_BASIC_CORP_INDEX_USERNAME: "deployer", POETRY_HTTP_BASIC_CORP_INDEX_PASSWORD: wrong });
      const before = { ...server.privateRequests };
      const refused = await app.deploy({ source: privateSource });
      expectBuildError(refused, /refused pip \(HTTP 401\)[\s\S]*POETRY_HTTP_BASIC_<NAME>_USERNAME/);
      expect(server.privateRequests.refused).toBeGreaterThan(before.refused);
      expect(server.privateRequests.allowed).toBe(before.allowed);
      expect(refused.output).not.toContain(wrong);

      app.setConfig({ POETRY_HTTP_BASIC_CORP_INDEX_PASSWORD: secret });
      const ok = await app.deploy({ source: privateSource });
      expectSuccess(ok);
      expect(ok.output).toMatch(
        /Using POETRY_HTTP_BASIC_CORP_INDEX_USERNAME and POETRY_HTTP_BASIC_CORP_INDEX_PASSWORD for the source 'corp-index'/,
      );
      // The index let the build in only because the credentials were sent.
      expect(server.privateRequests.allowed).toBeGreaterThan(before.allowed);
      const imported = await app.run("python -c 'import six; print(six.__version__)'");
      expect(imported.stdout.trim(), imported.output).toBe(six.version);
      await expectSecretNowhere(app, ok, secret);
      app.unsetConfig("POETRY_HTTP_BASIC_CORP_INDEX_USERNAME", "POETRY_HTTP_BASIC_CORP_INDEX_PASSWORD");
    },
    SLOW,
  );

  it("refuses a stale lock, naming what changed", async () => {
    const stale = await poetryApp({ "pyproject.toml": PYPROJECT.replace('gunicorn = "*"', 'gunicorn = "*"\nsix = "*"') });
    const res = await app.deploy({ source: stale });
    expectBuildError(res, /poetry\.lock is out of date[\s\S]*six was added \(group main\) and isn't in the lock/);
  });
});
