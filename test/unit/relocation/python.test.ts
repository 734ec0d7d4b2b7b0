import { execFileSync, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOOT_SCRIPT_PATH, bootScript } from "../../../src/relocation/boot-script.js";
import { writeManifest } from "../../../src/relocation/manifest.js";
import { scanTree } from "../../../src/relocation/scan.js";

/**
 * A real Python tool recording the build dir (a legacy `setup.py develop`: easy-install.pth,
 * an .egg-link and a console script whose shebang is the build path), then the slug moved to
 * $HOME like a dyno runs it. Uses the python3 on PATH with setuptools, offline.
 */
describe("a real editable install, relocated", () => {
  let root: string;
  let build: string;
  const env = () => ({ PATH: process.env["PATH"] ?? "/usr/bin:/bin", PYTHONDONTWRITEBYTECODE: "1" });

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-e2e-"));
    build = await fs.mkdtemp(path.join(os.tmpdir(), "build_"));
    await fs.outputFile(
      path.join(build, "setup.py"),
      "from setuptools import setup\nsetup(name='demo', version='0.1', packages=['demo'], entry_points={'console_scripts': ['demo=demo:main']})\n",
    );
    await fs.outputFile(path.join(build, "demo/__init__.py"), "def main():\n    print('demo from', __file__)\n");
    const python = path.join(build, ".heroku/python/bin/python");
    execFileSync("python3", ["-m", "venv", "--system-site-packages", "--without-pip", path.join(build, ".heroku/python")], { env: env() });
    execFileSync(python, ["setup.py", "-q", "develop"], { cwd: build, env: env(), stdio: "ignore" });
  });
  afterAll(async () => {
    await fs.rm(root, { recursive: true, force: true });
    await fs.rm(build, { recursive: true, force: true });
  });

  it("works in the build dir, then at $HOME once the boot script has run", async () => {
    const scan = await scanTree([".heroku/python"], build, { baseDir: build });
    const [pythonDir] = await fs.readdir(path.join(build, ".heroku/python/lib"));
    const sp = `.heroku/python/lib/${pythonDir}/site-packages`;
    expect(scan.text).toEqual(expect.arrayContaining([".heroku/python/bin/demo", `${sp}/easy-install.pth`, `${sp}/demo.egg-link`]));
    expect(scan.binary).toEqual([]);
    await writeManifest(build, { buildDir: build, files: scan.text });
    await fs.outputFile(path.join(build, BOOT_SCRIPT_PATH), bootScript(build));

    // A later buildpack (build paths) and a dyno where HOME is the build dir (no-op) both work.
    const inBuild = spawnSync("bash", ["-c", `set -euo pipefail; source ${BOOT_SCRIPT_PATH}; .heroku/python/bin/demo`], {
      cwd: build,
      env: { ...env(), HOME: build },
      encoding: "utf8",
    });
    expect(inBuild.stdout).toBe(`demo from ${build}/demo/__init__.py\n`);

    const home = path.join(root, "app");
    await fs.rename(build, home);
    const before = spawnSync(path.join(home, ".heroku/python/bin/demo"), { env: env(), encoding: "utf8" });
    expect(before.status).not.toBe(0); // the shebang names the build dir, which is gone

    const dyno = spawnSync("bash", ["-c", `set -euo pipefail; shopt -s nullglob; source ${BOOT_SCRIPT_PATH}; .heroku/python/bin/demo`], {
      cwd: home,
      env: { ...env(), HOME: home },
      encoding: "utf8",
    });
    expect(dyno.stderr).toBe("");
    expect(dyno.stdout).toBe(`demo from ${home}/demo/__init__.py\n`);
    await fs.rename(home, build); // for afterAll
  });
});
