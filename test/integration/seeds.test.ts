// The bug reports pyslug exists for (../shared seeds 000-004), replayed end to end on the local Heroku:
// every deploy after the first must behave exactly like the first.
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer, type BuildpackSpec, type DeployResult } from "../heroku/index.js";
import { pyenvPrefix, resolveLocalPython } from "../heroku/python-archive.js";
import { run, runOrThrow } from "../heroku/shell.js";
import { AppPool, appSource, expectSuccess, fixture, writeFiles, slugPipList } from "./helpers.js";

const PYTHON = "3.12";

let server: ArtifactServer;
const pool = new AppPool(() => server);
const scratchDirs: string[] = [];

const newApp = (name: string, buildpacks?: BuildpackSpec[]): Promise<App> => pool.create(name, { buildpacks });

/** A one-off dyno command that must succeed; returns its stdout. */
async function dyno(app: App, command: string): Promise<string> {
  const res = await app.run(command);
  expect(res.exitCode, `${command}\n${res.output}`).toBe(0);
  return res.stdout;
}

/** A fixture copy with one file's text changed (like a commit that edits it). */
async function edited(base: string, rel: string, edit: (text: string) => string): Promise<string> {
  const text = await fs.readFile(path.join(base, rel), "utf8");
  const changed = edit(text);
  expect(changed).not.toBe(text);
  return appSource({ [rel]: changed }, base);
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  // Build backends fetched by pip's build isolation for the local packages, then the apps' dependencies.
  await server.ensureDownloaded(["setuptools", "wheel"], PYTHON);
  await server.ensureDownloaded(["gunicorn"], PYTHON);
  await server.ensureDownloaded(["beautifulsoup4", "six", "toml", "tomli-w"], PYTHON);
});

afterAll(async () => {
  await pool.dispose();
  for (const dir of scratchDirs) await fs.rm(dir, { recursive: true, force: true });
  await server?.close();
});

describe('seed 000: a Pipenv app with an editable install of itself (`pipenvbug = {path = ".", editable = true}`)', () => {
  const base = fixture("seed000-pipenv-editable");
  let app: App;
  const deploys: DeployResult[] = [];

  /** Everything the bug report broke, checked against the current slug. */
  async function expectWorking(message: string): Promise<void> {
    // In a running dyno (after .profile.d), nothing Python uses leads to an older slug's build dir:
    // no script shebang (gunicorn's included) and no .pth names a /tmp/build_<id> but this build's.
    const current = deploys.at(-1)!.buildDir;
    const named = await dyno(
      app,
      "grep -aho '/tmp/build_[0-9a-f]*' /app/.heroku/python/bin/* /app/.heroku/python/lib/python3.12/site-packages/*.pth 2>/dev/null | sort -u; true",
    );
    expect(named.split("\n").filter((p) => p && p !== current)).toEqual([]);
    const out = await dyno(app, `python -c "import importlib.metadata as m, pipenvbug; print(m.version('pipenvbug'), pipenvbug.main())"`);
    expect(out).toContain(`${message}\n`);
    expect(out).toMatch(/^0\.0\.1 None$/m);
    // The console script (its shebang and the editable finder) works from /app, not the build dir.
    expect(await dyno(app, "pipenvbug")).toBe(`${message}\n`);
    const web = await app.bootWeb();
    expect(web.status, web.output).toBe(200);
    expect(web.body).toBe(message);
    const strict = await app.bootWeb({ mode: "strict" });
    expect(strict.status, strict.output).toBe(200);
    expect(await slugPipList(app)).toContain("pipenvbug");
  }

  beforeAll(async () => {
    app = await newApp("seed000");
  });

  it("first deploy installs the lock with pip and the dyno works", async () => {
    const first = await app.deploy({ source: base });
    deploys.push(first);
    expectSuccess(first);
    expect(first.output).toMatch(/-----> Installing dependencies (?:from [^\n]* )?with pip \d+\.\d+/);
    expect(first.output).not.toMatch(/Reusing cached environment/);
    await expectWorking("works");
  });

  it("second deploy of the same code reuses the environment and still works", async () => {
    const second = await app.deploy({ source: base });
    deploys.push(second);
    expectSuccess(second);
    expect(second.buildDir).not.toBe(deploys[0]!.buildDir);
    expect(second.output).toMatch(/Reusing cached environment/);
    // The local package is reinstalled, or found unchanged (by content) and kept.
    expect(second.output).toMatch(/Reinstalling local packages: |Local packages unchanged since the cached install: /);
    await expectWorking("works");
  });

  it("a code-only change (the message) is what the dyno runs after the third deploy", async () => {
    const third = await app.deploy({
      source: await edited(base, "src/pipenvbug/__init__.py", (t) => t.replace('MESSAGE = "works"', 'MESSAGE = "workz"')),
    });
    deploys.push(third);
    expectSuccess(third);
    expect(third.output).toMatch(/Reusing cached environment/);
    await expectWorking("workz");
  });
});

describe("seed 001: a Pipenv app with a local, non-editable package (packages/mypackage)", () => {
  const base = fixture("seed001-pipenv-local");
  let app: App;

  async function expectWorking(): Promise<void> {
    const out = await dyno(app, `python -c "from mypackage.mymodule import are_you_there; print(are_you_there())"`);
    expect(out).toBe("yes, mypackage is here\n");
    const web = await app.bootWeb();
    expect(web.status, web.output).toBe(200);
    expect(web.body).toBe("yes, mypackage is here");
  }

  beforeAll(async () => {
    app = await newApp("seed001");
  });

  it("first deploy: the web app imports mypackage", async () => {
    const first = await app.deploy({ source: base });
    expectSuccess(first);
    expect(first.output).toMatch(/-----> Installing dependencies (?:from [^\n]* )?with pip \d+\.\d+/);
    await expectWorking();
  });

  it("second deploy of identical code: still there (it was ModuleNotFoundError on Heroku)", async () => {
    const second = await app.deploy({ source: base });
    expectSuccess(second);
    expect(second.output).toMatch(/Reusing cached environment/);
    expect(second.output).toMatch(
      /(?:Reinstalling local packages|Local packages unchanged since the cached install): [^\n]*packages\/mypackage/,
    );
    await expectWorking();
    expect(await slugPipList(app)).toContain("mypackage");
  });

  it("a change inside the local package is picked up although Pipfile.lock is unchanged", async () => {
    const third = await app.deploy({
      source: await edited(base, "packages/mypackage/mypackage/mymodule.py", (t) =>
        t.replace("yes, mypackage is here", "yes, mypackage changed"),
      ),
    });
    expectSuccess(third);
    expect(third.output).toMatch(/Reinstalling local packages: [^\n]*packages\/mypackage/);
    expect(await dyno(app, `python -c "from mypackage.mymodule import are_you_there; print(are_you_there())"`)).toBe(
      "yes, mypackage changed\n",
    );
    const web = await app.bootWeb();
    expect(web.status, web.output).toBe(200);
    expect(web.body).toBe("yes, mypackage changed");
  });
});

describe("seed 002: an editable VCS requirement replaced by the released version", () => {
  let app: App;
  let repo: string;
  let sha: string;

  const setupPy = (version: string) =>
    `from setuptools import setup\n\nsetup(name="seedpkg", version="${version}", packages=["seedpkg"])\n`;
  const initPy = (version: string) => `VERSION = "${version}"\n`;
  const check = `import importlib.metadata as m, seedpkg\nprint("dist", m.version("seedpkg"))\nprint("module", seedpkg.VERSION)\nprint("file", seedpkg.__file__)\n`;

  beforeAll(async () => {
    app = await newApp("seed002");
    const tmp = await fs.mkdtemp("/tmp/pyslug-seed002-");
    scratchDirs.push(tmp);
    // The "GitHub" repository: a local git repo the unprivileged build user can read and owns
    // (git refuses repositories owned by another user: "dubious ownership").
    repo = path.join(tmp, "seedpkg.git-src");
    await writeFiles(repo, { "setup.py": setupPy("0.1"), "seedpkg/__init__.py": initPy("0.1") });
    const git = (...args: string[]) =>
      runOrThrow("git", ["-C", repo, "-c", "user.name=fixture", "-c", "user.email=fixture@example.invalid", ...args]);
    await git("init", "-q");
    await git("add", "-A");
    await git("commit", "-qm", "seedpkg 0.1");
    sha = (await git("rev-parse", "HEAD")).trim();
    await runOrThrow("chmod", ["-R", "a+rX", tmp]);
    await runOrThrow("chown", ["-R", `${app.user.uid}:${app.user.gid}`, repo]);

    // The release: seedpkg 0.2 as a wheel on the index.
    const release = path.join(tmp, "release");
    const wheels = path.join(tmp, "wheels");
    await writeFiles(release, { "setup.py": setupPy("0.2"), "seedpkg/__init__.py": initPy("0.2") });
    const local = await resolveLocalPython(PYTHON);
    if (!local) throw new Error(`no local CPython ${PYTHON}`);
    const built = await run(path.join(pyenvPrefix(local), "bin", "python3"), [
      "-m",
      "pip",
      "wheel",
      "--no-deps",
      "--disable-pip-version-check",
      "-q",
      "-w",
      wheels,
      release,
    ]);
    expect(built.exitCode, built.output).toBe(0);
    const wheel = (await fs.readdir(wheels)).find((f) => /^seedpkg-0\.2-.*\.whl$/.test(f));
    expect(wheel).toBeDefined();
    server.addPackages([path.join(wheels, wheel!)]);
  });

  it("first deploy installs the editable checkout from git", async () => {
    const first = await app.deploy({
      source: await appSource({
        ".python-version": `${PYTHON}\n`,
        "requirements.txt": `-e git+file://${repo}@${sha}#egg=seedpkg\n`,
        "check.py": check,
      }),
    });
    expectSuccess(first);
    const out = await dyno(app, "python check.py");
    expect(out).toMatch(/^dist 0\.1$/m);
    expect(out).toMatch(/^module 0\.1$/m);
  });

  it("second deploy with seedpkg==0.2 succeeds and leaves nothing of the editable behind", async () => {
    const second = await app.deploy({
      source: await appSource({ ".python-version": `${PYTHON}\n`, "requirements.txt": "seedpkg==0.2\n", "check.py": check }),
    });
    expectSuccess(second);
    expect(second.output).toMatch(
      /Discarding cached environment: [^\n]*requirements\.txt changed|Removing packages no longer required: [^\n]*seedpkg|Installing dependencies with pip/,
    );
    const out = await dyno(app, "python check.py");
    expect(out).toMatch(/^dist 0\.2$/m);
    expect(out).toMatch(/^module 0\.2$/m);
    expect(out).toMatch(/^file \/app\/\.heroku\/python\/lib\/python3\.12\/site-packages\/seedpkg\/__init__\.py$/m);
    expect((await slugPipList(app)).filter((n) => n === "seedpkg")).toHaveLength(1);
    // No egg-link, no .pth naming the old checkout, no checkout (a git work tree of seedpkg) anywhere in the slug.
    const leftovers = await dyno(
      app,
      "find /app -name '*.egg-link'; grep -l -i seedpkg /app/.heroku/python/lib/python3.12/site-packages/*.pth 2>/dev/null; find /app -type d -name .git; find /app -type d -path '*src/seedpkg'; true",
    );
    expect(leftovers.trim()).toBe("");
    const nothingInSlug = await run("grep", ["-rl", "--", repo, second.slugDir]);
    expect(nothingInSlug.stdout.trim()).toBe("");
  });
});

describe("seed 003: an editable install used by a later buildpack (multi-buildpack postbuild)", () => {
  it("the next buildpack runs the console script and imports the package, on the first and the second deploy", async () => {
    const app = await newApp("seed003", [{ kind: "pyslug" }, { kind: "inline" }]);
    const source = await appSource(
      {
        "bin/inline-compile": [
          "#!/usr/bin/env bash",
          "set -euo pipefail",
          'echo "-----> postbuild"',
          "pipenvbug",
          `python -c "import importlib.metadata as m, pipenvbug; print('postbuild', m.version('pipenvbug'))"`,
          "",
        ].join("\n"),
      },
      fixture("seed000-pipenv-editable"),
    );
    for (const n of [1, 2]) {
      const result = await app.deploy({ source });
      expectSuccess(result);
      expect(result.output, `deploy ${n}`).toMatch(/-----> postbuild\n(?:.*\n)*?works$/m);
      expect(result.output, `deploy ${n}`).toMatch(/postbuild 0\.0\.1/);
      expect(await dyno(app, "pipenvbug")).toBe("works\n");
    }
  });
});

describe("seed 004: packages removed or renamed in requirements.txt leave the environment", () => {
  const base = fixture("seed004-requirements");
  let app: App;

  beforeAll(async () => {
    app = await newApp("seed004");
  });

  it("first deploy installs beautifulsoup4, six and toml", async () => {
    const first = await app.deploy({ source: base });
    expectSuccess(first);
    const names = await slugPipList(app);
    expect(names).toEqual(expect.arrayContaining(["beautifulsoup4", "soupsieve", "six", "toml"]));
  });

  it("dropping six and replacing toml by tomli-w: pip list in a one-off dyno shows neither", async () => {
    const second = await app.deploy({
      source: await appSource(
        { "requirements.txt": "# toml is replaced by tomli-w, six is no longer used\nbeautifulsoup4\ntomli-w\n" },
        base,
      ),
    });
    expectSuccess(second);
    expect(second.output).toMatch(/Removing packages no longer required: [^\n]*\bsix\b|Discarding cached environment: /);
    const names = await slugPipList(app);
    expect(names).not.toContain("six");
    expect(names).not.toContain("toml");
    expect(names).toEqual(expect.arrayContaining(["beautifulsoup4", "soupsieve", "tomli-w"]));
    const imports = await app.run(
      `python -c "import six" 2>&1; python -c "import toml" 2>&1; python -c "import bs4, tomli_w; print('ok')"`,
    );
    expect(imports.stdout).toMatch(/No module named 'six'/);
    expect(imports.stdout).toMatch(/No module named 'toml'/);
    expect(imports.stdout).toMatch(/^ok$/m);
  });
});
