// ShellCheck on every bash script pyslug ships (bin/) and every script it generates (the
// .profile.d scripts dynos source, the export file later buildpacks source), generated here.
import { pipenvCommandScript, pipfileScripts } from "../../../src/steps/pipenv-command.js";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootScript } from "../../../src/relocation/boot-script.js";
import { dynoDefaultsScript } from "../../../src/steps/dyno-defaults.js";
import { exportScript, profileScript } from "../../../src/steps/write-environment.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "pyslug-shellcheck-"));
});
afterAll(async () => rm(scratch, { recursive: true, force: true }));

async function shellcheck(files: string[], cwd: string) {
  // --shell: generated scripts are sourced, so they have no shebang; -x follows `source` in bin/.
  return execa("shellcheck", ["--shell=bash", "--external-sources", "--format=gcc", ...files], { cwd, reject: false });
}

describe("ShellCheck", () => {
  it("finds nothing in bin/", async () => {
    const bin = ["bin/detect", "bin/compile", "bin/release", "bin/test-compile"];
    const lib = (await readdir(path.join(repoRoot, "bin", "lib"))).filter((f) => f.endsWith(".sh")).map((f) => `bin/lib/${f}`);
    const result = await shellcheck([...bin, ...lib], repoRoot);
    expect(result.stdout, result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
  });

  it("finds nothing in the generated scripts, whatever the build dir is called", async () => {
    const files: string[] = [];
    for (const buildDir of ["/tmp/build_0123abcd", "/tmp/build dir with spaces", '/tmp/it\'s "quoted"']) {
      const n = files.length;
      const scripts = {
        [`profile-${n}.sh`]: profileScript(),
        [`export-${n}.sh`]: exportScript(buildDir),
        [`relocate-${n}.sh`]: bootScript(buildDir),
        [`defaults-${n}.sh`]: dynoDefaultsScript(),
        [`pipenv-${n}.sh`]: pipenvCommandScript(
          pipfileScripts('[scripts]\nserve = "gunicorn app:app"\nodd = "echo \'$HOME\' \\"quoted\\""\n'),
        ),
      };
      for (const [name, text] of Object.entries(scripts)) {
        await writeFile(path.join(scratch, name), text);
        files.push(name);
      }
    }
    const result = await shellcheck(files, scratch);
    expect(result.stdout, result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
  });

  it("would say so about a script with a mistake (the check can fail)", async () => {
    await writeFile(path.join(scratch, "bad.sh"), "cd $HOME/dir\nfor f in $(ls); do echo $f; done\n");
    const result = await shellcheck(["bad.sh"], scratch);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(/SC2086/);
  });
});
