/**
 * The uv corpus (test/fixtures/uv/*): projects with locks in uv's format, one per source kind and
 * selection rule. For each: what pyslug selects in production and under Heroku CI equals the
 * project's expected.json, and the selection is installed for real, with pip from the loopback
 * package index (hashes checked), into a scratch environment then compared with `pip list`.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildContext } from "../../src/context.js";
import { readIndexConfig, withSecrets } from "../../src/dependencies/index-config.js";
import type { DependencyPlan, PlanTarget } from "../../src/dependencies/plan.js";
import { uvPlan } from "../../src/dependencies/uv/plan.js";
import { ConfigVars } from "../../src/support/config-vars.js";
import { BuildLog } from "../../src/support/log.js";
import { startArtifactServer, type ArtifactServer } from "../heroku/index.js";
import { inventoryPip } from "../heroku/inventory.js";
import { wheelsDir } from "../heroku/package-index.js";
import { debianArch } from "../heroku/paths.js";
import { pyenvPrefix, resolveLocalPython } from "../heroku/python-archive.js";
import { runOrThrow } from "../heroku/shell.js";
import { repoRoot } from "./helpers.js";
import { pinBatches } from "../fixtures/uv/pin-batches.js";

const CORPUS = path.join(repoRoot, "test", "fixtures", "uv");

interface Expected {
  production: string[];
  ci?: string[];
  /** Other target Pythons and what they select in production. */
  python?: Record<string, string[]>;
  /** Only these target Pythons (default 3.12 and those of `python`). */
  only?: string[];
  editable?: string[];
  not_editable?: string[];
  config?: Record<string, string>;
  undecided?: boolean;
}

const projects = (await readdir(CORPUS)).filter(
  (n) => existsSync(path.join(CORPUS, n, "uv.lock")) && existsSync(path.join(CORPUS, n, "expected.json")),
);

let server: ArtifactServer;
let work: string;
let privateUrl: string;
let gitRoot: string;
let gitSha: string;
const venvs = new Map<string, Promise<Venv>>();

/** The registry files each Python needs, as make-locks.ts downloaded them: one `pip download` per Python, cached. */
async function registryPins(): Promise<Map<string, Set<string>>> {
  const pins = new Map<string, Set<string>>();
  for (const name of await readdir(CORPUS)) {
    const template = path.join(CORPUS, name, "uv.lock.in");
    if (!existsSync(template)) continue;
    for (const m of (await readFile(template, "utf8")).matchAll(/\{\{files (\S+) (\S+)(?: (\S+))?\}\}/g)) {
      const python = m[3] ?? "3.12";
      pins.set(python, (pins.get(python) ?? new Set()).add(`${m[1]}==${m[2]}`));
    }
  }
  return pins;
}

/** `pip list` once: every distribution as `name==version`, and the names of the editable ones. */
async function pipList(python: string): Promise<{ all: string[]; editable: string[] }> {
  const out = await runOrThrow(python, ["-m", "pip", "list", "--format=json"], {
    env: { ...process.env, PIP_CONFIG_FILE: "/dev/null", PIP_DISABLE_PIP_VERSION_CHECK: "1" },
  });
  const listed = (JSON.parse(out) as { name: string; version: string; editable_project_location?: string }[]).map((p) => ({
    ...p,
    name: p.name.toLowerCase().replace(/[-_.]+/g, "-"),
  }));
  return {
    all: listed.map((p) => `${p.name}==${p.version}`).sort(),
    editable: listed
      .filter((p) => p.editable_project_location !== undefined)
      .map((p) => p.name)
      .sort(),
  };
}

type Venv = { dir: string; site: string; base: Set<string>; version: string };

/** One virtualenv per Python with the pip pyslug pins, made once (concurrent callers share the promise). */
function venvFor(minor: string): Promise<Venv> {
  let venv = venvs.get(minor);
  if (!venv) {
    venv = (async () => {
      const version = await resolveLocalPython(minor);
      if (!version) throw new Error(`no local CPython ${minor}`);
      const dir = path.join(work, `venv-${minor}`);
      await runOrThrow(path.join(pyenvPrefix(version), "bin", "python3"), ["-m", "venv", "--without-pip", dir]);
      // The pip pyslug pins, as in a build (the runtime's bundled pip is older): its wheel unpacked
      // into site-packages is an installed pip (pure Python, no scripts needed for `python -m pip`).
      const site = path.join(dir, "lib", `python${minor}`, "site-packages");
      await runOrThrow(path.join(dir, "bin", "python3"), [
        "-m",
        "zipfile",
        "-e",
        path.join(wheelsDir, `pip-${inventoryPip()}-py3-none-any.whl`),
        site,
      ]);
      return { dir, site, base: new Set((await pipList(path.join(dir, "bin", "python3"))).all), version };
    })();
    venvs.set(minor, venv);
  }
  return venv;
}

async function appFor(name: string): Promise<string> {
  const app = await mkdtemp(path.join(work, `${name}-`));
  await cp(path.join(CORPUS, name), app, { recursive: true });
  for (const file of ["pyproject.toml", "uv.lock"]) {
    const text = await readFile(path.join(app, file), "utf8");
    await writeFile(
      path.join(app, file),
      text
        .replaceAll("{{SERVER}}", server.url)
        .replaceAll("{{PRIVATE}}", privateUrl)
        .replaceAll("{{GIT}}", `file://${gitRoot}`)
        .replaceAll("{{GITSHA}}", gitSha),
    );
  }
  return app;
}

function contextFor(app: string, expected: Expected, ci: boolean, output: string[]): BuildContext {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env["PATH"],
    HOME: work,
    PIP_CONFIG_FILE: "/dev/null",
    ...(ci ? { INSTALL_TEST: "1" } : {}),
  };
  return {
    buildDir: app,
    cacheDir: path.join(work, "cache"),
    envDir: undefined,
    buildpackDir: repoRoot,
    cacheRoot: path.join(work, "cache", "pyslug"),
    config: ConfigVars.of({ PIP_INDEX_URL: server.indexUrl, PIP_TRUSTED_HOST: "127.0.0.1", ...expected.config }),
    log: new BuildLog({ out: (t) => void output.push(t), err: (t) => void output.push(t) }),
    env,
  };
}

function targetFor(version: string): PlanTarget {
  const minor = version.split(".").slice(0, 2).join(".");
  return {
    python: { version, minor, request: { spec: minor, origin: ".python-version", file: ".python-version" }, patchChosen: false },
    platform: { stack: "heroku-24", ubuntu: "24.04", arch: debianArch() },
    supported: ["3.14", "3.13", "3.12", "3.11", "3.10"].map((m) => ({ minor: m, version: `${m}.0` })),
  };
}

const names = (set: string[]) => set.map((p) => p.split("==")[0]!).sort();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "pyslug-uv-corpus-"));
  server = await startArtifactServer({ pythonVersions: [] });
  for (const [python, pins] of await registryPins()) for (const batch of pinBatches(pins)) await server.ensureDownloaded(batch, python);
  await server.ensureDownloaded(["setuptools", "wheel", "flit_core"], "3.12");
  privateUrl = server.requireCredentials("deployer", "hunter2-secret");
  // A git repository served over file://, with one commit: what a git source pins.
  gitRoot = path.join(work, "git");
  const repo = path.join(gitRoot, "gitpkg");
  await cp(path.join(CORPUS, "git-pinned", "repo"), repo, { recursive: true });
  const git = (...args: string[]) =>
    runOrThrow("git", ["-C", repo, ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
    });
  await git("init", "-q", "-b", "main");
  await git("add", ".");
  await git("commit", "-q", "-m", "gitpkg 0.3.0");
  gitSha = (await git("rev-parse", "HEAD")).trim();
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(projects)("uv corpus: %s", (name) => {
  let expected: Expected;
  beforeAll(async () => {
    expected = JSON.parse(await readFile(path.join(CORPUS, name, "expected.json"), "utf8")) as Expected;
  });

  it("selects the expected set in production and under Heroku CI, for each target Python", async () => {
    const app = await appFor(name);
    const pythons = expected.only ?? ["3.12", ...Object.keys(expected.python ?? {})];
    for (const minor of pythons) {
      const version = (await venvFor(minor)).version;
      const want = minor === "3.12" || !expected.python?.[minor] ? expected.production : expected.python[minor];
      const production = await uvPlan(contextFor(app, expected, false, []), targetFor(version));
      expect(Object.keys(production.snapshot as object).length).toBeGreaterThan(0);
      expect(Object.keys((production.snapshot as { packages: object }).packages).sort(), `${name} on ${minor}`).toEqual(names(want));
      if (minor === pythons[0]) {
        const ci = await uvPlan(contextFor(app, expected, true, []), targetFor(version));
        expect(Object.keys((ci.snapshot as { packages: object }).packages).sort(), `${name} under CI`).toEqual(names(expected.ci ?? want));
      }
    }
  });
});

describe("uv corpus installed for real with pip", () => {
  it.for(projects)("%s: pip list is exactly the expected set", async (name) => {
    const expected = JSON.parse(await readFile(path.join(CORPUS, name, "expected.json"), "utf8")) as Expected;
    const app = await appFor(name);
    const minor = expected.only?.[0] ?? "3.12";
    const venv = await venvFor(minor);
    const home = path.join(app, ".heroku", "python");
    // A bare environment that sees the template's pip through a .pth (cheaper than copying pip into each).
    await runOrThrow(path.join(venv.dir, "bin", "python3"), ["-m", "venv", "--without-pip", home]);
    await writeFile(path.join(home, "lib", `python${minor}`, "site-packages", "test-pip.pth"), `${venv.site}\n`);
    const ci = expected.ci !== undefined;
    const output: string[] = [];
    const ctx = contextFor(app, expected, ci, output);
    const plan: DependencyPlan = await uvPlan(ctx, targetFor(venv.version));
    const scratch = await mkdtemp(path.join(work, "scratch-"));
    const index = withSecrets(readIndexConfig(ctx.config), plan.secrets ?? []);
    const before = { ...server.privateRequests };
    await plan.install({ ctx, index, cacheDir: path.join(work, "pip-cache") }, scratch);
    const listed = await pipList(path.join(home, "bin", "python3"));
    const installed = listed.all.filter((p) => !venv.base.has(p));
    expect(installed, output.join("")).toEqual([...(expected.ci ?? expected.production)].sort());
    for (const e of expected.editable ?? []) expect(listed.editable).toContain(e);
    for (const e of expected.not_editable ?? []) expect(listed.editable).not.toContain(e);
    const log = output.join("");
    if (expected.undecided)
      expect(log).toMatch(
        /can't tell whether uv\.lock is current \(pyproject\.toml: dynamic dependencies\); installing uv\.lock as written/,
      );
    else expect(log).not.toMatch(/can't tell whether/);
    if (expected.config) {
      // The index refuses requests without the credentials (test/integration/uv.test.ts deploys with a wrong
      // password); pyslug sent them, and the log never shows them.
      expect(server.privateRequests.allowed).toBeGreaterThan(before.allowed);
      for (const value of Object.values(expected.config)) expect(log).not.toContain(value);
      expect(log).toMatch(/Using index credentials from UV_INDEX_INTERNAL_USERNAME, UV_INDEX_INTERNAL_PASSWORD/);
    }
  });
});
