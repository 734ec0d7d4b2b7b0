// PipSession: several pip commands in one interpreter (lib/pip_session.py). With the pip pyslug pins, a
// resolve then an install behave as two `python -m pip` runs would, and a read-only command writes no
// bytecode. With a stand-in pip (the working directory comes first on sys.path, as with `python -m pip`),
// the protocol's edges: output kept per command and in order, failures, SystemExit, an interpreter that dies.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import fg from "fast-glob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pythonHome } from "../../../src/context.js";
import { pip, type PipRun } from "../../../src/dependencies/pip-runner.js";
import { withPipSession } from "../../../src/dependencies/pip-session.js";
import { BuildError } from "../../../src/support/errors.js";
import { inventoryPip } from "../../heroku/inventory.js";
import { ensureDownloaded } from "../../heroku/package-index.js";
import { pyenvPrefix, resolveLocalPython } from "../../heroku/python-archive.js";
import { venvPipRun } from "../../fixtures/venv-pip-run.js";

const SLOW = 600_000;
let python: string;
let scratch: string;

beforeAll(async () => {
  const local = await resolveLocalPython("3.12");
  if (!local) throw new Error("no local CPython 3.12");
  python = path.join(pyenvPrefix(local), "bin", "python3");
  await ensureDownloaded(["six", `pip==${inventoryPip()}`], "3.12");
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-pip-session-"));
}, SLOW);

afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

/** An app dir with a virtualenv at .heroku/python (no pip in it unless `withPip`), and a PipRun whose log lines are kept. */
async function app(name: string, withPip: boolean, secrets: string[] = []): Promise<{ run: PipRun; dir: string; logged: string[] }> {
  const dir = path.join(scratch, name);
  const logged: string[] = [];
  const run = await venvPipRun(dir, python, { withPip, secrets, log: (text) => logged.push(text) });
  return { run, dir, logged };
}

describe("a pip session with the pinned pip", () => {
  it(
    "resolves then installs what changed in one interpreter, as two pip runs would; the read-only resolve writes no bytecode",
    async () => {
      const { run, dir } = await app("real", true);
      const site = (await fg("lib/python3.12/site-packages", { cwd: pythonHome(run.ctx), onlyDirectories: true, absolute: true }))[0]!;
      const report = path.join(dir, "report.json");
      await withPipSession(run, async (session) => {
        await pip(session, ["install", "--dry-run", "--ignore-installed", "--quiet", "--report", report, "six"], "Resolving", {
          quiet: true,
          readOnly: true,
        });
        // pip's own modules were imported, by the resolve only: nothing of it compiled into the tree.
        expect(await fg("**/__pycache__", { cwd: site, onlyDirectories: true })).toEqual([]);
        const picked = (JSON.parse(await fs.readFile(report, "utf8")) as { install: { metadata: { name: string; version: string } }[] })
          .install;
        expect(picked.map((p) => p.metadata.name)).toEqual(["six"]);
        const output = await pip(session, ["install", "--no-deps", `six==${picked[0]!.metadata.version}`], "Installing");
        expect(output).toMatch(/Successfully installed six-/);
      });
      // The install wrote six and its bytecode (pip compiles what it installs), and pip's metadata says it is installed.
      expect(await fg("__pycache__/six.*.pyc", { cwd: site })).toHaveLength(1);
      const { stdout } = await execa(path.join(pythonHome(run.ctx), "bin", "python3"), ["-m", "pip", "list", "--format=freeze"], {
        env: { PIP_CONFIG_FILE: "/dev/null" },
      });
      expect(stdout).toMatch(/^six==/m);
    },
    SLOW,
  );

  it(
    "a session whose first command writes compiles pip's modules into the tree, as `python -m pip install` does",
    async () => {
      const { run } = await app("real-write", true);
      const site = (await fg("lib/python3.12/site-packages", { cwd: pythonHome(run.ctx), onlyDirectories: true, absolute: true }))[0]!;
      await withPipSession(run, (session) => pip(session, ["install", "six"], "Installing"));
      // Later runs read pip's bytecode instead of compiling pip again.
      expect(await fg("pip/_internal/cli/__pycache__/main.*.pyc", { cwd: site })).toHaveLength(1);
    },
    SLOW,
  );
});

/** A stand-in for pip's command line entry point: each argument is an action (see the cases below). */
const STAND_IN = `import os, subprocess, sys
def main(args):
    for arg in args:
        verb, _, value = arg.partition("=")
        if verb == "out": print(value)
        elif verb == "err": print(value, file=sys.stderr)
        elif verb == "pid": print("pid", os.getpid())
        elif verb == "bytecode":
            child = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('PYTHONDONTWRITEBYTECODE'))"], capture_output=True, text=True)
            print("bytecode", sys.dont_write_bytecode, child.stdout.strip())
        elif verb == "exit": return int(value)
        elif verb == "sysexit": sys.exit(int(value) if value else None)
        elif verb == "die": sys.stdout.flush(); os._exit(int(value))
        elif verb == "stdin":
            child = subprocess.run([sys.executable, "-c", "import sys; print(repr(sys.stdin.read()))"], capture_output=False, stdout=subprocess.PIPE, text=True)
            print("stdin", repr(sys.stdin.read()), child.stdout.strip())
    return 0
`;

async function standIn(name: string, secrets: string[] = []): Promise<{ run: PipRun; logged: string[] }> {
  const made = await app(name, false, secrets);
  const cli = path.join(made.dir, "pip", "_internal", "cli");
  await fs.mkdir(cli, { recursive: true });
  for (const dir of ["pip", "pip/_internal", "pip/_internal/cli"]) await fs.writeFile(path.join(made.dir, dir, "__init__.py"), "");
  await fs.writeFile(path.join(cli, "main.py"), STAND_IN);
  return made;
}

async function failure(promise: Promise<unknown>): Promise<BuildError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BuildError)) throw new Error(`expected a BuildError, got ${String(error)}`);
  return error;
}

describe("a pip session's protocol", () => {
  it("keeps each command's output apart, stdout and stderr in order, in one interpreter", async () => {
    const { run, logged } = await standIn("order");
    const outputs = await withPipSession(run, async (session) => [
      await pip(session, ["out=one", "err=two", "out=three", "pid"], "first"),
      await pip(session, ["err=four", "out=five", "pid"], "second", { quiet: true }),
    ]);
    const [first, second] = outputs.map((o) => o.split("\n"));
    expect(first!.slice(0, 3)).toEqual(["one", "two", "three"]);
    expect(second!.slice(0, 2)).toEqual(["four", "five"]);
    expect(first![3]).toMatch(/^pid \d+$/);
    expect(second![2]).toBe(first![3]);
    // Only the first command's lines went to the build log (the second was quiet); no status line did.
    expect(logged.join("")).toMatch(/one\n.*two\n.*three\n/s);
    expect(logged.join("")).not.toMatch(/five|exit/);
  });

  it("pip and what it starts read an empty stdin: they can't take the session's next command", async () => {
    const { run } = await standIn("stdin");
    const [read, next] = await withPipSession(run, async (session) => [
      await pip(session, ["stdin"], "reading stdin"),
      await pip(session, ["out=next"], "the next command"),
    ]);
    expect(read).toBe("stdin '' ''");
    expect(next).toBe("next");
    // A command that reads the session's commands would wait for them forever: fail fast instead.
  }, 20_000);

  it("a read-only command writes no bytecode, nor do the processes it starts; a writing one does as usual", async () => {
    const { run } = await standIn("bytecode");
    const [readOnly, writing, again] = await withPipSession(run, async (session) => [
      await pip(session, ["bytecode"], "read", { readOnly: true }),
      await pip(session, ["bytecode"], "write"),
      await pip(session, ["bytecode"], "read again", { readOnly: true }),
    ]);
    expect(readOnly).toBe("bytecode True 1");
    expect(writing).toBe("bytecode False None");
    expect(again).toBe("bytecode True 1");
  });

  it("a failing command is a BuildError with pip's status and redacted output, and the session goes on", async () => {
    const { run } = await standIn("failing", ["hunter2"]);
    await withPipSession(run, async (session) => {
      const failed = await failure(
        pip(session, ["err=ERROR: 401 Error, Credentials not correct for http://u:hunter2@x/simple/", "exit=3"], "Resolving"),
      );
      expect(failed.message).toMatch(/^Resolving failed \(pip exited with status 3\)/);
      expect(failed.message).toMatch(/refused pip \(HTTP 401\)/);
      expect(failed.message).not.toContain("hunter2");
      expect((await failure(pip(session, ["sysexit=4"], "Exiting"))).message).toMatch(/status 4/);
      expect(await pip(session, ["sysexit="], "Exiting without a status")).toBe("");
      expect(await pip(session, ["out=still here"], "after")).toBe("still here");
    });
  });

  it("an interpreter that dies mid-command fails that command and every later one, and the session still closes", async () => {
    const { run } = await standIn("dying");
    await withPipSession(run, async (session) => {
      const died = await failure(pip(session, ["out=before", "die=7"], "Installing"));
      expect(died.message).toMatch(/^Installing failed \(pip exited with status 7\)/);
      expect((await failure(pip(session, ["out=never"], "After"))).message).toMatch(/status 7/);
    });
  });
});
