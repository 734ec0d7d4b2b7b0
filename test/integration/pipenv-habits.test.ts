// Pipenv habits without Pipenv: an editable VCS entry with markers in Pipfile.lock installs (pyslug
// evaluates the markers; pip never sees them in an `-e` URL), so does a file URL entry with markers, `pipenv run` works in the Procfile, a
// hook, a later buildpack and a one-off dyno (other subcommands exit 1 saying why), and a Pipfile
// [requires] python_version that disagrees with .python-version is an error naming both.
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pipfileHash } from "../../src/dependencies/pipenv/pipfile-hash.js";
import { startArtifactServer, type App, type ArtifactServer, type DeployResult } from "../heroku/index.js";
import { runOrThrow } from "../heroku/shell.js";
import { AppPool, appSource, expectBuildError, expectSuccess, writeFiles } from "./helpers.js";

const PYTHON = "3.12";

let server: ArtifactServer;
const pool = new AppPool(() => server);
let app: App;
let files: Record<string, string>;
const scratch: string[] = [];

/** A Pipfile and the lock Pipenv writes for it (its hash is Pipenv's Pipfile hash; pyslug's is oracle-tested). */
function pipfileAndLock(repo: string, sha: string, wheel: { url: string; sha256: string }): Record<string, string> {
  const pipfile = [
    "[[source]]",
    'url = "https://pypi.org/simple"',
    "verify_ssl = true",
    'name = "pypi"',
    "",
    "[packages]",
    `vcspkg = {git = "file://${repo}", ref = "${sha}", editable = true, markers = "python_version >= '3.7'"}`,
    // A marker that is false for every Python 3: never cloned (the repository doesn't exist).
    `legacy = {git = "file://${repo}-missing", editable = true, markers = "python_version < '3'"}`,
    // A file URL entry with markers, as Pipenv locks it (hashes, version, index).
    `six = {file = "${wheel.url}", markers = "python_version >= '3.7'"}`,
    "",
    "[dev-packages]",
    "",
    "[scripts]",
    'greet = "vcspkg --loudly"',
    "",
  ].join("\n");
  const lock = {
    _meta: {
      hash: { sha256: pipfileHash(pipfile) },
      "pipfile-spec": 6,
      requires: {},
      sources: [{ name: "pypi", url: "https://pypi.org/simple", verify_ssl: true }],
    },
    default: {
      legacy: { editable: true, git: `file://${repo}-missing`, markers: "python_version < '3'" },
      six: { file: wheel.url, hashes: [`sha256:${wheel.sha256}`], index: "pypi", markers: "python_version >= '3.7'", version: "==1.17.0" },
      vcspkg: { editable: true, git: `file://${repo}`, markers: "python_version >= '3.7'", ref: sha },
    },
    develop: {},
  };
  return { Pipfile: pipfile, "Pipfile.lock": `${JSON.stringify(lock, null, 4)}\n` };
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded(["setuptools", "wheel", "six==1.17.0"], PYTHON);
  const page = await (await fetch(`${server.indexUrl}/six/`)).text();
  const link = /href="([^"#]*six-1\.17\.0-py2\.py3-none-any\.whl)#sha256=([0-9a-f]{64})"/.exec(page)!;
  const wheel = { url: new URL(link[1]!, `${server.indexUrl}/six/`).href, sha256: link[2]! };
  app = await pool.create("pipenv-habits", { buildpacks: [{ kind: "pyslug" }, { kind: "inline" }] });

  // The VCS "remote": a git repository the build user owns (git refuses others' repositories).
  const tmp = await fs.mkdtemp("/tmp/pyslug-pipenv-vcs-");
  scratch.push(tmp);
  const repo = path.join(tmp, "vcspkg");
  await writeFiles(repo, {
    "pyproject.toml":
      '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n\n' +
      '[project]\nname = "vcspkg"\nversion = "0.1.0"\n\n[project.scripts]\nvcspkg = "vcspkg:hello"\n',
    "vcspkg/__init__.py": "import sys\n\ndef hello():\n    print('hello from vcspkg', *sys.argv[1:])\n",
  });
  const git = (...args: string[]) =>
    runOrThrow("git", ["-C", repo, "-c", "user.name=fixture", "-c", "user.email=fixture@example.invalid", ...args]);
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-qm", "vcspkg 0.1.0");
  const sha = (await git("rev-parse", "HEAD")).trim();
  await runOrThrow("chmod", ["-R", "a+rX", tmp]);
  await runOrThrow("chown", ["-R", `${app.user.uid}:${app.user.gid}`, repo]);

  files = {
    ".python-version": `${PYTHON}\n`,
    ...pipfileAndLock(repo, sha, wheel),
    Procfile: "web: pipenv run python -m http.server $PORT\n",
    "bin/post_compile": "#!/usr/bin/env bash\nset -euo pipefail\npipenv run vcspkg from post_compile\npipenv run greet\n",
    // The later (inline) buildpack uses it too.
    "bin/inline-compile": "set -euo pipefail\npipenv run vcspkg from a later buildpack\n",
  };
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

describe.each([1, 2])("a Pipenv app, deploy %i", { timeout: 400_000 }, (n) => {
  let deploy: DeployResult;

  it("installs the editable VCS entry whose markers apply, and skips the other", async () => {
    deploy = await app.deploy({ source: await appSource(files) });
    expectSuccess(deploy);
    if (n === 2) expect(deploy.output).toMatch(/Reusing cached environment/);
    expect(deploy.output).not.toMatch(/vcspkg-missing/);
    expect(deploy.output).toMatch(/Wrote \.heroku\/python\/bin\/pipenv/);
  });

  it("'pipenv run' works in bin/post_compile, with the Pipfile's scripts, and in a later buildpack", () => {
    expect(deploy.output).toMatch(/^ {7}hello from vcspkg from post_compile$/m);
    expect(deploy.output).toMatch(/^ {7}hello from vcspkg --loudly$/m);
    expect(deploy.output).toMatch(/^hello from vcspkg from a later buildpack$/m);
  });

  it("'pipenv run' works in a one-off dyno and the Procfile; other subcommands exit 1 saying why", async () => {
    const run = await app.run("pipenv run vcspkg in a dyno");
    expect(run.exitCode, run.output).toBe(0);
    expect(run.stdout).toContain("hello from vcspkg in a dyno");
    const fileEntry = await app.run("pipenv run python -c 'import six; print(six.__version__)'");
    expect(fileEntry.stdout.trim(), fileEntry.output).toBe("1.17.0");
    const install = await app.run("pipenv install requests");
    expect(install.exitCode).toBe(1);
    expect(install.stderr).toMatch(/'pipenv install' isn't supported\. pyslug installs Pipfile\.lock with pip and doesn't ship Pipenv/);
    const web = await app.bootWeb({ mode: "strict" });
    expect(web.status, web.output).toBe(200);
  });
});

describe("Pipfile [requires] against the chosen Python", { timeout: 400_000 }, () => {
  it("python_version disagreeing with .python-version is an error naming both files and versions", async () => {
    const pipfile = files["Pipfile"]!.replace(/\n*$/, '\n\n[requires]\npython_version = "3.11"\n');
    const res = await app.deploy({ source: await appSource({ ...files, Pipfile: pipfile, "Pipfile.lock": lockFor(pipfile) }) });
    expectBuildError(
      res,
      /Pipfile requires Python 3\.11 \(\[requires\] python_version = "3\.11"\), but the build uses Python 3\.12\.\d+, chosen by \.python-version/,
    );
    expect(res.output).toMatch(/change python_version in Pipfile \(then run 'pipenv lock'\), or the version in \.python-version\./);
  });
});

/** The lock for a changed Pipfile: the same entries, the new hash and requires. */
function lockFor(pipfile: string): string {
  const lock = JSON.parse(files["Pipfile.lock"]!) as { _meta: { hash: { sha256: string }; requires: Record<string, string> } };
  lock._meta.hash.sha256 = pipfileHash(pipfile);
  lock._meta.requires = { python_version: "3.11" };
  return `${JSON.stringify(lock, null, 4)}\n`;
}
