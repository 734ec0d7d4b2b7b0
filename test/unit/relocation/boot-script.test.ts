import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BOOT_SCRIPT_PATH, bootScript, MARKER_PATH } from "../../../src/relocation/boot-script.js";
import { MANIFEST_PATH, writeManifest } from "../../../src/relocation/manifest.js";

const BUILD = "/tmp/build_a.b";
const SP = ".heroku/python/lib/python3.12/site-packages";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Sources the slug's boot script like a dyno does (cwd = $HOME), in herokuish's strict mode plus nounset. */
function boot(home: string, opts: { asNobody?: boolean; after?: string } = {}): Run {
  const script = `set -euo pipefail; shopt -s nullglob; source ${JSON.stringify(path.join(home, BOOT_SCRIPT_PATH))}; echo next; ${opts.after ?? ""}`;
  const argv = ["bash", "--norc", "--noprofile", "-c", script];
  const [cmd, ...args] = opts.asNobody ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...argv] : argv;
  const result = spawnSync(cmd as string, args, {
    cwd: home,
    env: { HOME: home, PATH: process.env["PATH"] ?? "/usr/bin:/bin" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A slug as compile leaves it: files written in BUILD, the manifest, the boot script. */
async function makeSlug(home: string, files: Record<string, string>, listed: string[], buildDir = BUILD): Promise<void> {
  for (const [rel, content] of Object.entries(files)) await fs.outputFile(path.join(home, rel), content);
  await writeManifest(home, { buildDir, files: listed });
  await fs.outputFile(path.join(home, BOOT_SCRIPT_PATH), bootScript(buildDir));
}

const read = (home: string, rel: string) => fs.readFileSync(path.join(home, rel), "utf8");

describe("the boot relocation script", () => {
  let root: string;
  let home: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-boot-"));
    await fs.chmod(root, 0o755);
    home = path.join(root, "srv", "a&b#c\\d e");
    await fs.ensureDir(home);
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  const slugFiles = () => ({
    [`${SP}/__editable__.demo-0.1.pth`]: `${BUILD}/src\n`,
    [`${SP}/__editable___demo_finder.py`]: `MAPPING = {'demo': '${BUILD}/src/demo'}\nOTHER = '/tmp/build_aXb/x'\n`,
    [`${SP}/__pycache__/__editable___demo_finder.cpython-312.pyc`]: "stale",
    [`${SP}/__pycache__/other.cpython-312.pyc`]: "keep",
    [`${SP}/demo-0.1.dist-info/direct_url.json`]: `{"url": "file://${BUILD}/src", "x": "${BUILD}2"}`,
    [`${SP}/with space/x.pth`]: `${BUILD}\n`,
    [`${SP}/unlisted.pth`]: `${BUILD}/src\n`,
    ".heroku/python/bin/demo": `#!${BUILD}/.heroku/python/bin/python3\nimport demo\n`,
  });
  const listed = [
    `${SP}/__editable__.demo-0.1.pth`,
    `${SP}/__editable___demo_finder.py`,
    `${SP}/demo-0.1.dist-info/direct_url.json`,
    `${SP}/with space/x.pth`,
    ".heroku/python/bin/demo",
  ];

  it("rewrites the listed files from the build dir to $HOME (with & # \\ and a space in it), and nothing else", async () => {
    await makeSlug(home, slugFiles(), listed);
    await fs.chmod(path.join(home, ".heroku/python/bin/demo"), 0o755);
    const run = boot(home);
    expect(run).toMatchObject({ status: 0, stdout: "next\n", stderr: "" });
    expect(read(home, `${SP}/__editable__.demo-0.1.pth`)).toBe(`${home}/src\n`);
    expect(read(home, `${SP}/__editable___demo_finder.py`)).toBe(`MAPPING = {'demo': '${home}/src/demo'}\nOTHER = '/tmp/build_aXb/x'\n`);
    expect(read(home, `${SP}/demo-0.1.dist-info/direct_url.json`)).toBe(`{"url": "file://${home}/src", "x": "${BUILD}2"}`);
    expect(read(home, `${SP}/with space/x.pth`)).toBe(`${home}\n`);
    expect(read(home, ".heroku/python/bin/demo")).toBe(`#!${home}/.heroku/python/bin/python3\nimport demo\n`);
    expect((await fs.stat(path.join(home, ".heroku/python/bin/demo"))).mode & 0o777).toBe(0o755);
    expect(read(home, `${SP}/unlisted.pth`)).toBe(`${BUILD}/src\n`);
    expect(await fs.readdir(path.join(home, SP, "__pycache__"))).toEqual(["other.cpython-312.pyc"]);
    expect(read(home, MARKER_PATH)).toBe(`${BUILD}\n${home}\n`);
  });

  it("is idempotent, with or without its marker, and doesn't touch files it has already done", async () => {
    await makeSlug(home, slugFiles(), listed);
    expect(boot(home).status).toBe(0);
    const snapshot = async () =>
      Promise.all(listed.map(async (f) => ({ f, text: read(home, f), ino: (await fs.stat(path.join(home, f))).ino })));
    const first = await snapshot();
    expect(boot(home)).toMatchObject({ status: 0, stderr: "" });
    expect(await snapshot()).toEqual(first);
    await fs.rm(path.join(home, MARKER_PATH));
    expect(boot(home)).toMatchObject({ status: 0, stderr: "" });
    expect(await snapshot()).toEqual(first); // same inodes: no file was rewritten again
    expect(read(home, MARKER_PATH)).toBe(`${BUILD}\n${home}\n`);
  });

  it("is a no-op when $HOME is the build dir (also through a symlink)", async () => {
    const files = { "x.pth": `${home}/src\n` };
    await makeSlug(home, files, ["x.pth"], home);
    expect(boot(home)).toMatchObject({ status: 0, stdout: "next\n", stderr: "" });
    expect(read(home, "x.pth")).toBe(`${home}/src\n`);
    expect(fs.existsSync(path.join(home, MARKER_PATH))).toBe(false);

    const link = path.join(root, "link");
    await fs.symlink(home, link);
    await fs.outputFile(path.join(home, BOOT_SCRIPT_PATH), bootScript(link));
    await writeManifest(home, { buildDir: link, files: ["x.pth"] });
    await fs.writeFile(path.join(home, "x.pth"), `${link}/src\n`);
    expect(boot(home)).toMatchObject({ status: 0, stderr: "" });
    expect(read(home, "x.pth")).toBe(`${link}/src\n`);
  });

  it("survives strict mode with an empty manifest, no manifest, and listed files that are gone", async () => {
    await makeSlug(home, { "keep.pth": `${BUILD}\n` }, []);
    expect(boot(home)).toMatchObject({ status: 0, stdout: "next\n", stderr: "" });

    await fs.rm(path.join(home, MANIFEST_PATH));
    expect(boot(home)).toMatchObject({ status: 0, stdout: "next\n", stderr: "" });
    expect(read(home, "keep.pth")).toBe(`${BUILD}\n`);

    await fs.rm(path.join(home, MARKER_PATH)); // a fresh dyno
    await makeSlug(home, slugFiles(), listed);
    await fs.rm(path.join(home, ".heroku/python/lib"), { recursive: true });
    const run = boot(home);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("next\n");
    const warnings = run.stderr.trimEnd().split("\n");
    expect(warnings).toEqual(listed.filter((f) => f.startsWith(SP)).map((f) => `pyslug: cannot relocate ${f}: not a file`));
    expect(read(home, ".heroku/python/bin/demo")).toBe(`#!${home}/.heroku/python/bin/python3\nimport demo\n`);
    expect(fs.existsSync(path.join(home, MARKER_PATH))).toBe(false); // retried at the next boot
  });

  it("as an unprivileged user, warns once about a file it can't rewrite and relocates the rest", async () => {
    await makeSlug(home, { ...slugFiles(), "locked/ro.pth": `${BUILD}/x\n`, "locked/clean.pth": "/app\n" }, [
      ...listed,
      "locked/ro.pth",
      "locked/clean.pth",
    ]);
    await fs.chown(root, 65534, 65534);
    for (const dir of ["srv", path.relative(root, home)]) await fs.chown(path.join(root, dir), 65534, 65534);
    const chownTree = async (p: string): Promise<void> => {
      await fs.lchown(p, 65534, 65534);
      if ((await fs.lstat(p)).isDirectory()) for (const e of await fs.readdir(p)) await chownTree(path.join(p, e));
    };
    for (const e of await fs.readdir(home)) if (e !== "locked") await chownTree(path.join(home, e));
    await fs.chmod(path.join(home, "locked"), 0o755); // root's: nobody can't replace files in it

    const run = boot(home, { asNobody: true, after: "echo still-here" });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("next\nstill-here\n");
    expect(run.stderr).toBe("pyslug: cannot relocate locked/ro.pth: its directory is read-only\n");
    expect(read(home, "locked/ro.pth")).toBe(`${BUILD}/x\n`);
    expect(read(home, `${SP}/__editable__.demo-0.1.pth`)).toBe(`${home}/src\n`);
    expect(fs.existsSync(path.join(home, MARKER_PATH))).toBe(false);
  });

  it("leaves no variable, function, option or cwd change in the dyno's shell", async () => {
    await makeSlug(home, slugFiles(), listed);
    const state = `{ compgen -v | grep -vx -e _ -e 'BASH_.*' -e PIPESTATUS; declare -F; set -o; shopt; pwd; umask; }`;
    const script = [
      "set -euo pipefail; shopt -s nullglob",
      `${state} > "$TMPDIR/before"`,
      `source ${JSON.stringify(path.join(home, BOOT_SCRIPT_PATH))}`,
      `${state} > "$TMPDIR/after"`,
      'diff "$TMPDIR/before" "$TMPDIR/after" && echo same',
    ].join("\n");
    const result = spawnSync("bash", ["--norc", "--noprofile", "-c", script], {
      cwd: home,
      env: { HOME: home, PATH: process.env["PATH"] ?? "/usr/bin:/bin", TMPDIR: root },
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("same\n");
    expect(read(home, `${SP}/with space/x.pth`)).toBe(`${home}\n`); // it did run
  });

  it("goes through xargs for a long manifest (over 1,000 files) with the same result", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1200; i++) files[`${SP}/p${i % 7}/-m ${i}.py`] = i % 2 ? `P = "${BUILD}/x"\n` : `P = "${BUILD}2/x"\n`;
    await makeSlug(home, files, Object.keys(files));
    expect(boot(home)).toMatchObject({ status: 0, stdout: "next\n", stderr: "" });
    for (const [rel, content] of Object.entries(files)) expect(read(home, rel)).toBe(content.replace(`${BUILD}/`, `${home}/`));
  });

  it("refuses a manifest written for another build dir", async () => {
    await makeSlug(home, { "x.pth": `${BUILD}\n` }, ["x.pth"]);
    await writeManifest(home, { buildDir: "/tmp/build_other", files: ["x.pth"] });
    const run = boot(home);
    expect(run).toMatchObject({ status: 0, stdout: "next\n" });
    expect(run.stderr).toMatch(/^pyslug: .*relocation-manifest was not written for this build; nothing relocated\n$/);
    expect(read(home, "x.pth")).toBe(`${BUILD}\n`);
  });
});
