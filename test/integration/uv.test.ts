// A uv app end to end on the local Heroku: uv.lock installed with pip (no uv anywhere), the project
// itself editable; deployed twice (the unchanged second deploy installs nothing), used by a later
// buildpack and a one-off dyno; Heroku CI (bin/test-compile, building in /app) adds uv's
// default groups. Bad inputs that concern uv fail before anything is downloaded.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { AppPool, appSource, expectBuildError, expectSecretNowhere, expectSuccess, repoRoot } from "./helpers.js";

const PYTHON = "3.12";
const base = path.join(repoRoot, "test", "fixtures", "uv", "web-package");

let server: ArtifactServer;
const pool = new AppPool(() => server);

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded(["setuptools", "wheel"], PYTHON);
  await server.ensureDownloaded(["gunicorn==26.2.0", "pytest==9.1.1", "colorama==0.4.6", "six==1.17.0"], PYTHON);
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

async function dyno(app: App, command: string): Promise<string> {
  const res = await app.run(command);
  expect(res.exitCode, `${command}\n${res.output}`).toBe(0);
  return res.stdout;
}

async function installed(app: App): Promise<string[]> {
  const out = await dyno(app, "python -m pip list --format=freeze --disable-pip-version-check");
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split(/==| @ /)[0]!.toLowerCase())
    .sort();
}

describe("a uv app with an editable project (uv.lock + pyproject.toml, .python-version)", () => {
  let app: App;
  let source: string;

  beforeAll(async () => {
    app = await pool.create("uv-web", { buildpacks: [{ kind: "pyslug" }, { kind: "inline" }] });
    source = await appSource(
      {
        "bin/inline-compile": [
          "#!/usr/bin/env bash",
          "set -euo pipefail",
          'echo "-----> later buildpack"',
          `python -c "import uvweb, importlib.metadata as m; print('later', m.version('uvweb'), uvweb.__file__)"`,
          "gunicorn --version",
          "",
        ].join("\n"),
      },
      base,
    );
  });

  it("first deploy: exactly the lock's production set, the app answers HTTP, a later buildpack and a one-off dyno import the project", async () => {
    const first = await app.deploy({ source });
    expectSuccess(first);
    expect(first.output).toMatch(/-----> Installing dependencies from uv\.lock with pip/);
    expect(first.output).toMatch(/Successfully installed gunicorn-26\.2\.0/);
    expect(first.output).toMatch(/Successfully installed uvweb-0\.1\.0/);
    expect(first.output).toMatch(new RegExp(`later 0\\.1\\.0 ${first.buildDir}/src/uvweb/__init__\\.py`));
    expect(first.output).toMatch(/gunicorn \(version 26\.2\.0\)/);
    expect(first.output).not.toMatch(/pytest/);
    expect(await installed(app)).toEqual(["gunicorn", "pip", "uvweb"]);
    expect(await dyno(app, `python -c "import uvweb; print(uvweb.__file__)"`)).toBe("/app/src/uvweb/__init__.py\n");
    const web = await app.bootWeb();
    expect(web.status, web.output).toBe(200);
    expect(JSON.parse(web.body)).toMatchObject({ message: "Hello from uvweb", module: "/app/src/uvweb/__init__.py" });
  });

  it("unchanged second deploy installs nothing and still answers HTTP", async () => {
    server.clearRequests();
    const second = await app.deploy({ source });
    expectSuccess(second);
    expect(second.output).toMatch(/Reusing cached environment \(uv\.lock unchanged\)/);
    expect(second.output).not.toMatch(/Successfully installed|Collecting |Obtaining /);
    expect(server.requests.filter((r) => r.path.startsWith("/simple") || r.path.startsWith("/files"))).toEqual([]);
    expect(second.output).toMatch(new RegExp(`later 0\\.1\\.0 ${second.buildDir}/src/uvweb/__init__\\.py`));
    const web = await app.bootWeb({ mode: "strict" });
    expect(web.status, web.output).toBe(200);
  });

  it("a code change in the project installs nothing: the editable install reads the app's code, and the dyno serves it", async () => {
    const code = await readFile(path.join(base, "src", "uvweb", "__init__.py"), "utf8");
    const changed = await appSource({ "src/uvweb/__init__.py": code.replace("Hello from uvweb", "Hello again from uvweb") }, source);
    const third = await app.deploy({ source: changed });
    expectSuccess(third);
    expect(third.output).toMatch(/Reusing cached environment \(uv\.lock unchanged\)/);
    expect(third.output).toMatch(/Editable, reading their code from the app \(only their pyproject\.toml counts\): \.\n/);
    expect(third.output).not.toMatch(/Reinstalling local packages|Obtaining file:|Successfully installed/);
    expect(await installed(app)).toEqual(["gunicorn", "pip", "uvweb"]);
    const web = await app.bootWeb();
    expect(web.status, web.output).toBe(200);
    expect(JSON.parse(web.body)).toMatchObject({ message: "Hello again from uvweb", module: "/app/src/uvweb/__init__.py" });
    source = changed;
  });

  it("a new version in pyproject.toml installs only the project again (--no-deps), nothing of the lock", async () => {
    const pyproject = await readFile(path.join(source, "pyproject.toml"), "utf8");
    const bumped = await appSource({ "pyproject.toml": pyproject.replace('version = "0.1.0"', 'version = "0.1.1"') }, source);
    const fourth = await app.deploy({ source: bumped });
    expectSuccess(fourth);
    expect(fourth.output).toMatch(/Reinstalling local packages: \. \(its pyproject\.toml changed\)\n/);
    expect(fourth.output).toMatch(/Successfully installed uvweb-0\.1\.1/);
    // One pip run, of the project's line alone: the lock's hash-checked run (uv-lock-hashed.txt) doesn't happen.
    expect(fourth.output).toMatch(/Obtaining file:\/\/[^\n]*\(from -r [^\n]*local-packages\.txt/);
    expect(fourth.output).not.toMatch(/uv-lock-(?:hashed|rest)\.txt|Collecting gunicorn|gunicorn-26\.2\.0/);
    expect(fourth.output).not.toMatch(/Installing all of uv\.lock again/);
    expect(await dyno(app, "python -c 'import importlib.metadata as m; print(m.version(\"uvweb\"))'")).toMatch(/^0\.1\.1$/m);
    // Put back: the tests after this one deploy the fixture as it is.
    expectSuccess(await app.deploy({ source }));
  });

  it("Heroku CI (bin/test-compile): uv's default group dev is installed and pytest runs in a dyno", async () => {
    const ci = await app.deploy({ source, ci: true });
    expectSuccess(ci);
    expect(ci.output).toMatch(/Installing dependencies from uv\.lock \(with groups dev\)/);
    expect(ci.output).toMatch(/Discarding cached environment: uv\.lock changed \(added [^)]*pytest/);
    expect(await installed(app)).toEqual(["gunicorn", "iniconfig", "packaging", "pip", "pluggy", "pygments", "pytest", "uvweb"]);
    expect(await dyno(app, "pytest --version 2>&1")).toMatch(/^pytest 9\.1\.1$/m);
  });

  it("a [[tool.uv.index]] that requires UV_INDEX_<NAME>_* credentials: a wrong password is one clear error, the right one installs, the secret is kept nowhere", async () => {
    const secret = "uv-hunter2-secret";
    const wrong = "not-the-password-42";
    // six is only on the private index (the public one answers 404): the install succeeds only with the credentials.
    const privateUrl = server.requireCredentials("deployer", secret, ["six"]);
    const corpus = path.join(repoRoot, "test", "fixtures", "uv", "private-index");
    const files: Record<string, string> = { ".python-version": `${PYTHON}\n` };
    for (const file of ["pyproject.toml", "uv.lock"])
      files[file] = (await readFile(path.join(corpus, file), "utf8")).replaceAll("{{PRIVATE}}", privateUrl);
    const privateSource = await appSource(files);

    app.setConfig({ UV_INDEX_INTERNAL_USERNAME: "deployer", UV_INDEX_INTERNAL_PASSWORD: wrong });
    const before = { ...server.privateRequests };
    const refused = await app.deploy({ source: privateSource, buildpacks: [{ kind: "pyslug" }] });
    expectBuildError(refused, /refused pip \(HTTP 401\)[\s\S]*UV_INDEX_<NAME>_USERNAME/);
    expect(server.privateRequests.refused).toBeGreaterThan(before.refused);
    expect(server.privateRequests.allowed).toBe(before.allowed);
    expect(refused.output).not.toContain(wrong);

    app.setConfig({ UV_INDEX_INTERNAL_PASSWORD: secret });
    const ok = await app.deploy({ source: privateSource, buildpacks: [{ kind: "pyslug" }] });
    expectSuccess(ok);
    expect(ok.output).toMatch(/Using index credentials from UV_INDEX_INTERNAL_USERNAME, UV_INDEX_INTERNAL_PASSWORD/);
    // The index let the build in only because the credentials were sent.
    expect(server.privateRequests.allowed).toBeGreaterThan(before.allowed);
    expect(await dyno(app, "python -c 'import six; print(six.__version__)'")).toBe("1.17.0\n");
    await expectSecretNowhere(app, ok, secret);
    app.unsetConfig("UV_INDEX_INTERNAL_USERNAME", "UV_INDEX_INTERNAL_PASSWORD");
  }, 400_000);
});

describe("uv bad inputs fail before the download, with one error", () => {
  let app: App;
  beforeAll(async () => {
    app = await pool.create("uv-bad");
  });

  it("runtime.txt is refused with the uv fix", async () => {
    const result = await app.deploy({ source: await appSource({ "runtime.txt": "python-3.12\n" }, base) });
    expectBuildError(result, /runtime\.txt[\s\S]*uv python pin 3\.\d+/);
    expect(result.output).not.toMatch(/Installing Python/);
  });

  it("a stale lock names what changed", async () => {
    const changed = (await readFile(path.join(base, "pyproject.toml"), "utf8")).replace(
      'dependencies = ["gunicorn>=23"]',
      'dependencies = ["gunicorn>=23", "six"]',
    );
    const result = await app.deploy({ source: await appSource({ "pyproject.toml": changed }, base) });
    expectBuildError(result, /uv\.lock is out of date[\s\S]*six added[\s\S]*uv lock/);
    expect(result.output).not.toMatch(/Installing Python/);
  });
});
