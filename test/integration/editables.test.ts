// "Paths right at every stage" (issue 4; heroku-buildpack-python#1006): one app with an editable
// install of every kind pip 26 produces here, checked hatchet-style at four points by the
// fixture's bin/test-entrypoints.sh:
//   (a) the app's bin/post_compile and (b) a later buildpack see this build dir,
//   (c) dynos (one-off plain and strict, release phase, web) see /app and never /tmp/build_,
//   (d) after a cached deploy into a new build dir, (a) and (b) see the new dir, never the old one.
//
// Kinds covered (file names as pip 26.2 / setuptools 84 / hatchling 1.32 write them):
//   setuptools PEP 660, src layout, lenient  -> __editable__.st_lenient-0.1.0.pth (a path)
//   setuptools PEP 660, src layout, strict   -> __editable__.st_strict-0.1.0.pth naming a link tree
//                                                (packages/st_strict/build/__editable__.*) of absolute symlinks
//   setuptools PEP 660, flat layout          -> __editable__.st_flat-0.1.0.pth + __editable___st_flat_0_1_0_finder.py (MAPPING)
//   hatchling (default dev mode)             -> _editable_impl_hatch_pkg.pth (a path)
//   hatchling dev-mode-exact (the app, -e .) -> _editable_impl_editable_app.pth + _editable_impl_editable_app.py (editables redirector)
//   flit_core                                -> flit_pkg.pth
//   poetry-core                              -> poetry_pkg.pth
//   pip VCS editable (git+file://)           -> checkout in .heroku/python/src/vcspkg + setuptools finder
//   plain local package (not editable)       -> a copy in site-packages; direct_url.json names the source dir
// Not covered, on purpose:
//   pdm-backend: the machine's package index has no pdm-backend (nothing to install it from).
//   legacy .egg-link + easy-install.pth: pip 26 has no `setup.py develop` fallback, and every
//   setuptools on the index (80.9, 84.0) turns `setup.py develop` into `pip install -e` (PEP 660).
import fs from "node:fs/promises";
import fg from "fast-glob";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  configureForArtifactServer,
  createApp,
  startArtifactServer,
  type App,
  type ArtifactServer,
  type DeployResult,
} from "../heroku/index.js";
import { run, runOrThrow } from "../heroku/shell.js";
import { describeBootScript, type BuiltSlug } from "./boot-script-cases.js";
import { appSource, expectSuccess, fixture, writeFiles } from "./helpers.js";

const PYTHON = "3.12";
const SITE = ".heroku/python/lib/python3.12/site-packages";

/** Console script → the line it prints: one per kind. */
const MARKERS: Record<string, string> = {
  "st-lenient": "hello from setuptools-src-lenient",
  "st-strict": "hello from setuptools-src-strict",
  "st-flat": "hello from setuptools-flat",
  "hatch-pkg": "hello from hatchling",
  "flit-pkg": "hello from flit-core",
  "poetry-pkg": "hello from poetry-core",
  "plain-pkg": "hello from plain-local",
  "editable-app": "hello from app-hatchling-exact",
  vcspkg: "hello from vcs-setuptools",
};

let server: ArtifactServer;
let app: App;
let vcsRepo: string;
let source: string;
const scratchDirs: string[] = [];
/** The first slug, copied aside before a later deploy can change it: the boot-script cases run on copies of it. */
let firstSlug: BuiltSlug | undefined;

/** The `<label>: <kind> <value>` lines bin/test-entrypoints.sh printed, grouped by kind. */
function report(output: string, label: string): Map<string, string[]> {
  const byKind = new Map<string, string[]>();
  const re = new RegExp(`^\\s*${label}: (\\w+) (.*)$`, "gm");
  for (const m of output.matchAll(re)) byKind.set(m[1]!, [...(byKind.get(m[1]!) ?? []), m[2]!]);
  return byKind;
}

/**
 * Everything bin/test-entrypoints.sh printed under `label` points into `root`: recorded paths,
 * link-tree targets, shebangs and the scripts found on PATH; every console script ran.
 * No line names any /tmp/build_ dir but `root` (the VCS origin repository, a URL of the "remote", aside).
 * Every problem is listed at once, with the script's whole report.
 */
function expectStage(output: string, label: string, root: string): void {
  const lines = report(output, label);
  const under = new RegExp(`^${escape(root)}(/|$)`);
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => ok || problems.push(problem);
  check(JSON.stringify(lines.get("root")) === JSON.stringify([root]), `root is ${JSON.stringify(lines.get("root"))}`);
  for (const e of lines.get("error") ?? []) problems.push(`error ${e}`);
  for (const f of lines.get("failed") ?? []) problems.push(`console script failed: ${f}`);
  const ran = new Set(lines.get("ran") ?? []);
  for (const [script, marker] of Object.entries(MARKERS)) check(ran.has(`${script}: ${marker}`), `${script} did not print "${marker}"`);
  const paths = (lines.get("path") ?? []).filter((p) => !p.replace(/^file:\/\//, "").startsWith(vcsRepo));
  // Every kind recorded at least one path (the plain package through its direct_url.json).
  check(paths.length >= Object.keys(MARKERS).length, `only ${paths.length} recorded paths`);
  for (const p of paths) check(under.test(p.replace(/^file:\/\//, "")), `recorded path outside ${root}: ${p}`);
  for (const t of lines.get("link") ?? []) check(under.test(t) || !t.startsWith("/"), `link-tree symlink outside ${root}: ${t}`);
  const shebangs = new Map((lines.get("shebang") ?? []).map((l) => [l.split(" ")[0]!, l.slice(l.indexOf(" ") + 1)]));
  for (const script of Object.keys(MARKERS)) {
    const shebang = shebangs.get(script) ?? "(none)";
    check(shebang.startsWith(`#!${root}/.heroku/python/bin/python`), `${script} shebang ${shebang}`);
  }
  for (const w of lines.get("which") ?? []) check(new RegExp(`^(\\S+) ${escape(root)}/\\.heroku/python/bin/\\1$`).test(w), `on PATH: ${w}`);
  const foreign = [...lines.values()]
    .flat()
    .flatMap((l) => l.match(/\/tmp\/build_[0-9a-f]+/g) ?? [])
    .filter((d) => d !== root);
  for (const d of new Set(foreign)) problems.push(`names another build dir: ${d}`);
  const context = `${label}, expected everything under ${root}; the script printed:\n${output
    .split("\n")
    .filter((l) => l.includes(`${label}:`))
    .join("\n")}`;
  expect.soft(problems, context).toEqual([]);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A one-off dyno command that must succeed; returns its stdout. */
async function dyno(command: string, opts: Parameters<App["run"]>[1] = {}): Promise<string> {
  const res = await app.run(command, opts);
  expect(res.exitCode, `${command}\n${res.output}`).toBe(0);
  return res.stdout;
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  // The build backends pip's build isolation fetches, and the runtime of hatchling's exact mode.
  // (pdm-backend is not on the machine's index: see the header.)
  await server.ensureDownloaded(["setuptools", "wheel", "hatchling", "flit_core", "poetry-core", "editables"], PYTHON);

  app = await createApp({ name: "editables", buildpacks: [{ kind: "pyslug" }, { kind: "inline" }] });
  configureForArtifactServer(app, server);

  // The "remote" of the editable VCS requirement: a local git repo the build user owns (git
  // refuses repositories owned by another user).
  const tmp = await fs.mkdtemp("/tmp/pyslug-editables-");
  scratchDirs.push(tmp);
  vcsRepo = path.join(tmp, "vcspkg.git-src");
  await writeFiles(vcsRepo, {
    "pyproject.toml": [
      "[build-system]",
      'requires = ["setuptools>=64"]',
      'build-backend = "setuptools.build_meta"',
      "",
      "[project]",
      'name = "vcspkg"',
      'version = "0.1.0"',
      "",
      "[project.scripts]",
      'vcspkg = "vcspkg:hello"',
      "",
    ].join("\n"),
    "vcspkg/__init__.py": `def hello():\n    print("${MARKERS["vcspkg"]}")\n`,
  });
  const git = (...args: string[]) =>
    runOrThrow("git", ["-C", vcsRepo, "-c", "user.name=fixture", "-c", "user.email=fixture@example.invalid", ...args]);
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-qm", "vcspkg 0.1.0");
  const sha = (await git("rev-parse", "HEAD")).trim();
  await runOrThrow("chmod", ["-R", "a+rX", tmp]);
  await runOrThrow("chown", ["-R", `${app.user.uid}:${app.user.gid}`, vcsRepo]);

  const base = fixture("editable-kinds");
  const requirements = await fs.readFile(path.join(base, "requirements.txt"), "utf8");
  source = await appSource({ "requirements.txt": `${requirements}-e git+file://${vcsRepo}@${sha}#egg=vcspkg\n` }, base);
  scratchDirs.push(source);
});

afterAll(async () => {
  await app?.dispose();
  for (const dir of scratchDirs) await fs.rm(dir, { recursive: true, force: true });
  await server?.close();
});

describe("editable installs of every kind: paths right at every stage", () => {
  const deploys: DeployResult[] = [];

  it("first deploy: bin/post_compile and the later buildpack see this build dir, and every console script runs", async () => {
    const first = await app.deploy({ source });
    deploys.push(first);
    expectSuccess(first);
    const scratch = await fs.mkdtemp("/tmp/pyslug-boot-script-");
    scratchDirs.push(scratch);
    await fs.chmod(scratch, 0o755);
    await runOrThrow("cp", ["-a", first.slugDir, path.join(scratch, "first-slug")]);
    firstSlug = { dir: path.join(scratch, "first-slug"), buildDir: first.buildDir, scratch, user: app.user };
    expectStage(first.output, "post_compile", first.buildDir);
    expectStage(first.output, "later_buildpack", first.buildDir);

    // What pip and the backends wrote, by kind (listed in the test output for the report).
    const site = path.join(first.slugDir, SITE);
    const names = (await fs.readdir(site)).filter((n) => /\.pth$|^__editable__|^_editable_impl_|\.egg-link$/.test(n)).sort();
    console.log(`editable files in site-packages:\n  ${names.join("\n  ")}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "__editable__.st_lenient-0.1.0.pth",
        "__editable__.st_strict-0.1.0.pth",
        "__editable__.st_flat-0.1.0.pth",
        "__editable___st_flat_0_1_0_finder.py",
        "_editable_impl_hatch_pkg.pth",
        "_editable_impl_editable_app.pth",
        "_editable_impl_editable_app.py",
        "flit_pkg.pth",
        "poetry_pkg.pth",
        "__editable__.vcspkg-0.1.0.pth",
        "__editable___vcspkg_0_1_0_finder.py",
      ]),
    );
    // Strict mode really is strict: a link tree, not the src dir.
    const strictPth = await fs.readFile(path.join(site, "__editable__.st_strict-0.1.0.pth"), "utf8");
    expect(strictPth.trim()).toBe(`${first.buildDir}/packages/st_strict/build/__editable__.st_strict-0.1.0-py3-none-any`);
    const finder = await fs.readFile(path.join(site, "__editable___st_flat_0_1_0_finder.py"), "utf8");
    expect(finder).toContain(`MAPPING: dict[str, str] = {'st_flat': '${first.buildDir}/packages/st_flat/st_flat'}`);
    // The VCS checkout is kept with the Python tree (cached with it), not in the app's source.
    expect(await fs.readFile(path.join(site, "__editable___vcspkg_0_1_0_finder.py"), "utf8")).toContain(
      `'${first.buildDir}/.heroku/python/src/vcspkg/vcspkg'`,
    );
  });

  it("one-off dynos (plain and strict) and the release phase see only /app", async () => {
    expectStage(await dyno("bin/test-entrypoints.sh dyno"), "dyno", "/app");
    expectStage(await dyno("bin/test-entrypoints.sh dyno", { mode: "strict" }), "dyno", "/app");
    expectStage(await dyno("bin/test-entrypoints.sh release", { dynoType: "release" }), "release", "/app");
    expect(await dyno(`python -c "import sys; print(sys.prefix, sys.executable)"`)).toMatch(
      /^\/app\/\.heroku\/python \/app\/\.heroku\/python\/bin\/python[\d.]*\n$/,
    );
    // Where the finders, the editables redirector and the link tree send imports (__file__ None: a namespace package, the import half failed).
    const modules = ["st_lenient", "st_strict", "st_flat", "hatch_pkg", "flit_pkg", "poetry_pkg", "plain_pkg", "editable_app", "vcspkg"];
    const imports = await dyno(
      `python -c "import importlib; [print(m, importlib.import_module(m).__file__) for m in '${modules.join(" ")}'.split()]"`,
    );
    for (const m of modules) expect.soft(imports, `${m}.__file__`).toMatch(new RegExp(`^${m} /app/\\S+\\.py$`, "m"));
  });

  it("the relocation manifest is small and lists only files that held the build dir", async () => {
    const slug = deploys[0]!.slugDir;
    const manifest = await fs.readFile(path.join(slug, ".heroku/pyslug/relocation-manifest"), "utf8");
    console.log(`relocation manifest (${manifest.trim().split("\n").length} lines):\n${manifest}`);
    const lines = manifest.trim().split("\n");
    expect(lines[0]).toBe("# pyslug relocation manifest v1");
    expect(lines[1]).toBe(`build_dir=${deploys[0]!.buildDir}`);
    // The .profile.d script's cost grows with this list, not with site-packages.
    expect(lines.length).toBeLessThan(100);
    for (const file of lines.slice(2)) {
      const held = await run("grep", ["-qF", "--", deploys[0]!.buildDir, path.join(slug, file)]);
      expect(held.exitCode, `${file} is listed but doesn't hold the build dir`).toBe(0);
    }
  });

  it("seed 003: the web process runs an editable package's console script after the postbuild step", async () => {
    for (const mode of ["plain", "strict"] as const) {
      const web = await app.bootWeb({ mode });
      expect(web.status, web.output).toBe(200);
      expect(web.body).toBe("editable web: /app/packages/st_lenient/src/st_lenient/__init__.py");
    }
  });

  it("second (cached) deploy into a new build dir: post_compile and the later buildpack see the new dir, never the old one", async () => {
    const second = await app.deploy({ source });
    deploys.push(second);
    expectSuccess(second);
    expect(second.buildDir).not.toBe(deploys[0]!.buildDir);
    expect(second.output).toMatch(/Reusing cached environment/);
    // Strict mode's link tree was in the old build dir: that package alone is built again, the others are kept.
    const reinstalled = /Reinstalling local packages: ([^\n]*)/.exec(second.output)?.[1] ?? "";
    expect(reinstalled, second.output).toMatch(/^packages\/st_strict \(an editable install points at packages\/st_strict\/[^;]*\)$/);
    expect(second.output).not.toMatch(/Installing all of requirements\.txt again/);
    expectStage(second.output, "post_compile", second.buildDir);
    expectStage(second.output, "later_buildpack", second.buildDir);
    // Nothing in the new slug's text files names the old build dir.
    const stale = await run("grep", ["-rlI", "--", deploys[0]!.buildDir, second.slugDir]);
    expect(stale.stdout.trim()).toBe("");
    expectStage(await dyno("bin/test-entrypoints.sh dyno"), "dyno", "/app");
    expectStage(await dyno("bin/test-entrypoints.sh dyno", { mode: "strict" }), "dyno", "/app");
  });

  it("pyslug last ([inline, pyslug]): the inline step runs before Python exists, post_compile and dynos still work", async () => {
    const third = await app.deploy({ source, buildpacks: [{ kind: "inline" }, { kind: "pyslug" }] });
    deploys.push(third);
    expectSuccess(third);
    expect(third.output).toMatch(/^later_buildpack: no-python-yet$/m);
    expectStage(third.output, "post_compile", third.buildDir);
    expectStage(await dyno("bin/test-entrypoints.sh dyno"), "dyno", "/app");
    expectStage(await dyno("bin/test-entrypoints.sh release", { dynoType: "release", mode: "strict" }), "release", "/app");
    const web = await app.bootWeb();
    expect(web.status, web.output).toBe(200);
  });

  it("a code-only change in every package: those whose install reads the app's code are left as they are, the rest installed again", async () => {
    const touched = await appSource({}, source);
    for (const init of await fg(["packages/*/**/__init__.py", "editable_app/__init__.py"], { cwd: touched })) {
      await fs.appendFile(path.join(touched, init), "# a code change\n");
    }
    const fourth = await app.deploy({ source: touched });
    expectSuccess(fourth);
    const reinstalled = (/Reinstalling local packages: ([^\n]*)/.exec(fourth.output)?.[1] ?? "").split("; ").map((r) => r.split(" (")[0]);
    expect(reinstalled.sort(), fourth.output).toEqual([
      // hatchling's exact mode: a finder module of the package's own, not a .pth path.
      ".",
      // A dynamic version (read from the module).
      "packages/flit_pkg",
      // Not editable: a copy.
      "packages/plain",
      // setup.py; and the finder setuptools makes for a flat layout.
      "packages/st_flat",
      // The link tree of strict mode holds copies of the old files (and it was in the old build dir).
      "packages/st_strict",
    ]);
    // hatch_pkg, poetry_pkg and st_lenient (setuptools, src layout): a .pth naming their source dir; the dyno reads the change.
    const where = await dyno(
      `python -c "import hatch_pkg, poetry_pkg, st_lenient; print(st_lenient.__file__)"; tail -1 packages/st_lenient/src/st_lenient/__init__.py`,
    );
    expect(where).toMatch(/^\/app\/packages\/st_lenient\/src\/st_lenient\/__init__\.py\n# a code change$/m);
    expectStage(await dyno("bin/test-entrypoints.sh dyno"), "dyno", "/app");
  });
});

describeBootScript(() => {
  if (!firstSlug) throw new Error("the first deploy of the editables app didn't succeed");
  return firstSlug;
});
