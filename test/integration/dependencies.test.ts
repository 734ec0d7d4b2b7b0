// Dependency installation: requirements.txt and Pipfile.lock through pip, the fingerprinted
// environment cache, errors on bad inputs, and index credentials that never reach the slug.
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer, type DeployResult } from "../heroku/index.js";
import { AppPool, appSource, expectBuildError, expectSecretNowhere, expectSuccess, fixture, slugPipList } from "./helpers.js";

const PYTHON = "3.12";

let server: ArtifactServer;
const pool = new AppPool(() => server);

const newApp = (name: string): Promise<App> => pool.create(name);

/** Exactly one pyslug error block, no Python traceback, and each message in that block (not just anywhere in the log). */
function expectOneError(result: DeployResult, ...messages: RegExp[]): void {
  for (const m of messages) expectBuildError(result, m);
  expect(result.output.match(/ ! {5}Error: /g) ?? [], result.output).toHaveLength(1);
  expect(result.output).not.toMatch(/Traceback \(most recent call last\)/);
  const block = result.output.slice(result.output.indexOf(" !     Error: ")).split(" !     Push rejected")[0]!;
  for (const m of messages) expect(block, result.output).toMatch(m);
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded(["setuptools", "wheel"], PYTHON);
  await server.ensureDownloaded(["six", "toml", "packaging"], PYTHON);
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

describe("the environment cache", () => {
  let app: App;
  const files = {
    ".python-version": `${PYTHON}\n`,
    "requirements.txt": "# The app's dependencies live in requirements/base.txt.\n-r requirements/base.txt\n",
    "requirements/base.txt": "six\ntoml\n",
  };

  beforeAll(async () => {
    app = await newApp("env-cache");
  });

  it("first deploy installs requirements.txt and what it includes with pip", async () => {
    const first = await app.deploy({ source: await appSource(files) });
    expectSuccess(first);
    expect(first.output).toMatch(/-----> Installing dependencies (?:from [^\n]* )?with pip \d+\.\d+/);
    expect(first.output).not.toMatch(/Reusing cached environment/);
    expect(server.requests.some((r) => r.path.startsWith("/files/six-"))).toBe(true);
    expect(await slugPipList(app)).toEqual(expect.arrayContaining(["six", "toml"]));
  });

  it("an unchanged second deploy reuses the environment and downloads no package", async () => {
    server.clearRequests();
    const second = await app.deploy({ source: await appSource(files) });
    expectSuccess(second);
    expect(second.output).toMatch(/Reusing cached environment/);
    expect(second.output).not.toMatch(/Discarding cached environment/);
    // The first build checked the installed set; nothing has installed or removed anything since.
    expect(second.output).toMatch(/Installed packages unchanged since the cached build checked them/);
    expect(server.requests.filter((r) => r.path.startsWith("/files/"))).toEqual([]);
    expect(await slugPipList(app)).toEqual(expect.arrayContaining(["six", "toml"]));
  });

  it("a comment-only change in requirements.txt does not invalidate it", async () => {
    server.clearRequests();
    const commented = await app.deploy({
      source: await appSource({
        ...files,
        "requirements.txt": "# Reworded comment: everything is in requirements/base.txt.\n\n-r requirements/base.txt\n# trailing comment\n",
      }),
    });
    expectSuccess(commented);
    expect(commented.output).toMatch(/Reusing cached environment/);
    expect(commented.output).not.toMatch(/Discarding cached environment/);
    expect(server.requests.filter((r) => r.path.startsWith("/files/"))).toEqual([]);
  });

  it("a change in a -r included file is installed in place, names the file, and the removed package is gone", async () => {
    const changed = await app.deploy({ source: await appSource({ ...files, "requirements/base.txt": "six\n" }) });
    expectSuccess(changed);
    expect(changed.output).toMatch(/Updating cached environment in place: [^\n]*requirements\/base\.txt changed/);
    expect(changed.output).toContain("Installed packages as the cached build checked them (site-packages lists the same)");
    expect(changed.output).toMatch(/Removing packages no longer required: toml\n/);
    const names = await slugPipList(app);
    expect(names).toContain("six");
    expect(names).not.toContain("toml");
    const gone = await app.run(`python -c "import toml"`);
    expect(gone.exitCode).not.toBe(0);
    expect(gone.output).toMatch(/No module named 'toml'/);
  });

  it("a Python patch change (3.12 → 3.12.1) invalidates it", async () => {
    const patched = await app.deploy({
      source: await appSource({ ...files, ".python-version": "3.12.1\n", "requirements/base.txt": "six\n" }),
    });
    expectSuccess(patched);
    // The environment is discarded by itself or with the Python it was built for.
    expect(patched.output).toMatch(
      /Discarding cached (?:environment|Python 3\.12\.\d+): [^\n]*the Python version changed \(3\.12\.\d+ → 3\.12\.1\)/,
    );
    expect(patched.output).not.toMatch(/Reusing cached environment/);
    expect(patched.output).toMatch(/Successfully installed [^\n]*\bsix-/);
    const res = await app.run(`python -c "import sys, six; print(sys.version.split()[0])"`);
    expect(res.exitCode, res.output).toBe(0);
    expect(res.stdout).toBe("3.12.1\n");
  });
});

describe("what a hook installs into the cached environment", () => {
  let app: App;
  const files = { ".python-version": `${PYTHON}\n`, "requirements.txt": "six\n" };
  const hook = { "bin/post_compile": "#!/usr/bin/env bash\nset -e\npip install --quiet toml\n" };

  beforeAll(async () => {
    app = await newApp("hook-installs");
  });

  it("first deploy: bin/post_compile installs a package the requirements don't name", async () => {
    const first = await app.deploy({ source: await appSource({ ...files, ...hook }) });
    expectSuccess(first);
    expect(await slugPipList(app)).toEqual(expect.arrayContaining(["six", "toml"]));
  });

  it("the next deploy, without the hook, sees the change, checks the set again and removes that package", async () => {
    const second = await app.deploy({ source: await appSource(files) });
    expectSuccess(second);
    expect(second.output).toMatch(/Reusing cached environment/);
    expect(second.output).not.toMatch(/Installed packages unchanged since the cached build checked them/);
    expect(second.output).toMatch(/Removing packages no longer required: toml\n/);
    const names = await slugPipList(app);
    expect(names).toContain("six");
    expect(names).not.toContain("toml");
  });

  it("the deploy after that finds the set as the last build left it and skips the check", async () => {
    const third = await app.deploy({ source: await appSource(files) });
    expectSuccess(third);
    expect(third.output).toMatch(/Installed packages unchanged since the cached build checked them/);
    expect(third.output).not.toMatch(/Removing packages no longer required/);
    expect(await slugPipList(app)).toContain("six");
  });
});

describe("a requirements change and a local package change in one deploy", () => {
  let app: App;
  const pkg = (dependencies: string[]) => ({
    "pkg/pyproject.toml": [
      "[build-system]",
      'requires = ["setuptools>=64"]',
      'build-backend = "setuptools.build_meta"',
      "[project]",
      'name = "localpkg"',
      'version = "0.1"',
      `dependencies = ${JSON.stringify(dependencies)}`,
      "",
    ].join("\n"),
    "pkg/localpkg/__init__.py": "",
  });

  beforeAll(async () => {
    app = await newApp("incremental-local");
  });

  it("first deploy installs the spec and the local package", async () => {
    const first = await app.deploy({
      source: await appSource({ ".python-version": `${PYTHON}\n`, "requirements.txt": "six\n-e ./pkg\n", ...pkg([]) }),
    });
    expectSuccess(first);
    expect(await slugPipList(app)).toEqual(expect.arrayContaining(["six", "localpkg"]));
  });

  it("adding toml while the package starts requiring packaging: updated in place, the package installed again first", async () => {
    const second = await app.deploy({
      source: await appSource({ ".python-version": `${PYTHON}\n`, "requirements.txt": "six\ntoml\n-e ./pkg\n", ...pkg(["packaging"]) }),
    });
    expectSuccess(second);
    expect(second.output).toMatch(/Updating cached environment in place: requirements\.txt changed/);
    expect(second.output).toMatch(/Reinstalling local packages: pkg \(its files changed\)\n/);
    // Reinstalling changed site-packages: what the previous build checked no longer holds.
    expect(second.output).not.toContain("Installed packages as the cached build checked them");
    expect(second.output).not.toMatch(/Discarding cached environment/);
    expect(await slugPipList(app)).toEqual(expect.arrayContaining(["six", "toml", "packaging", "localpkg"]));
  });

  it("dropping six while the package drops packaging: both are uninstalled and named", async () => {
    const third = await app.deploy({
      source: await appSource({ ".python-version": `${PYTHON}\n`, "requirements.txt": "toml\n-e ./pkg\n", ...pkg([]) }),
    });
    expectSuccess(third);
    expect(third.output).toMatch(/Updating cached environment in place/);
    expect(third.output).toMatch(/Reinstalling local packages: pkg \(its files changed\)\n/);
    expect(third.output).toMatch(/Removing packages no longer required: packaging, six\n/);
    const names = await slugPipList(app);
    expect(names).toEqual(expect.arrayContaining(["toml", "localpkg"]));
    expect(names).not.toContain("six");
    expect(names).not.toContain("packaging");
  });
});

describe("bad inputs: exit 1, one error naming the file, no traceback", () => {
  let app: App;
  const deploy = async (files: Record<string, string>, base?: string) =>
    app.deploy({ source: await appSource({ ".python-version": `${PYTHON}\n`, ...files }, base) });
  const pipfile = `[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nsix = "*"\n`;

  beforeAll(async () => {
    app = await newApp("bad-inputs");
  });

  it("neither requirements.txt nor Pipfile", async () => {
    const result = await deploy({ "app.py": "print('hi')\n" });
    expectOneError(result, /requirements\.txt/, /empty/i);
  });

  it("both requirements.txt and Pipfile", async () => {
    const result = await deploy({ "requirements.txt": "six\n", Pipfile: pipfile });
    expectOneError(result, /requirements\.txt/, /Pipfile\b/);
  });

  it("a Pipfile without Pipfile.lock", async () => {
    const result = await deploy({ Pipfile: pipfile });
    expectOneError(result, /Pipfile\.lock/, /pipenv lock/);
  });

  it("a Pipfile.lock that isn't JSON", async () => {
    const result = await deploy({ Pipfile: pipfile, "Pipfile.lock": '{\n    "_meta": {\n        "hash": \n' });
    expectOneError(result, /Pipfile\.lock/, /JSON/i);
  });

  it("an out-of-date Pipfile.lock (a package added to the Pipfile after locking)", async () => {
    const base = fixture("seed001-pipenv-local");
    const original = await fs.readFile(path.join(base, "Pipfile"), "utf8");
    const added = original.replace('gunicorn = "*"\n', 'gunicorn = "*"\ntoml = "*"\n');
    expect(added).not.toBe(original);
    const result = await deploy({ Pipfile: added }, base);
    expectOneError(result, /Pipfile\.lock/, /\btoml\b/, /pipenv lock/);
  });

  it("an unknown package", async () => {
    const result = await deploy({ "requirements.txt": "six\nthis-package-does-not-exist-pyslug==1.0\n" });
    expectOneError(result, /requirements\.txt/, /this-package-does-not-exist-pyslug/);
  });

  it("a version that doesn't exist", async () => {
    const result = await deploy({ "requirements.txt": "six==999.0\n" });
    expectOneError(result, /requirements\.txt/, /six==999\.0/);
  });

  it("a malformed requirement line names the file and the line", async () => {
    const result = await deploy({ "requirements.txt": "six\nflask[async\n" });
    expectOneError(result, /requirements\.txt\W{1,3}line 2/, /flask\[async/);
  });

  it("an arbitrary-equality pin (`flask===>=1`, valid PEP 440) that no release matches", async () => {
    const result = await deploy({ "requirements.txt": "six\nflask===>=1\n" });
    expectOneError(result, /requirements\.txt/, /flask===>=1/);
  });

  it("a requirements file that includes itself", async () => {
    const result = await deploy({ "requirements.txt": "six\n-r requirements.txt\n" });
    expectOneError(result, /requirements\.txt/, /itself|cycle|circular|recursi|loop/i);
  });

  it("an include outside the app", async () => {
    const result = await deploy({ "requirements.txt": "six\n-r ../secrets.txt\n" });
    expectOneError(result, /\.\.\/secrets\.txt/, /outside/i);
  });

  it("after all those failures, a valid app deploys with the same cache", async () => {
    const result = await deploy({ "requirements.txt": "six\n" });
    expectSuccess(result);
    expect(await slugPipList(app)).toContain("six");
  });
});

describe("a private index with credentials in PIP_INDEX_URL", () => {
  const secret = "s3cr3t-token";
  let app: App;
  const results: DeployResult[] = [];

  beforeAll(async () => {
    app = await newApp("private-index");
    expect(server.indexUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/simple$/);
    app.setConfig({ PIP_INDEX_URL: server.indexUrl.replace("http://", `http://user:${secret}@`) });
    const source = await appSource({
      ".python-version": `${PYTHON}\n`,
      // A local package too: pip's build isolation fetches setuptools from the same index.
      "requirements.txt": "six\ntoml\n./packages/hello\n",
      "packages/hello/setup.py": 'from setuptools import setup\n\nsetup(name="hello", version="1.0", py_modules=["hello"])\n',
      "packages/hello/hello.py": "GREETING = 'hello'\n",
    });
    for (let i = 0; i < 2; i++) {
      server.clearRequests();
      results.push(await app.deploy({ source }));
    }
  });

  it("builds, fetching from the index, twice", async () => {
    for (const result of results) expectSuccess(result);
    const first = await app.run(`python -c "import six, toml, hello; print(hello.GREETING)"`);
    expect(first.exitCode, first.output).toBe(0);
    expect(first.stdout).toBe("hello\n");
  });

  it("never shows the secret in the build output", () => {
    for (const result of results) expect(result.output).not.toContain(secret);
  });

  it("never writes the secret into the slug, the export file or the cache", async () => {
    for (const result of results) await expectSecretNowhere(app, result, secret);
    const inDyno = await app.run(`grep -rla -- ${secret} /app; true`);
    expect(inDyno.stdout.trim()).toBe("");
  });
});
