import { randomBytes } from "node:crypto";
import path from "node:path";
import { execa, type ResultPromise } from "execa";
import { pythonHome } from "../context.js";
import { pythonExecutable } from "../runtime/python-runtime.js";
import { pipEnv, type PipOutcome, type PipRun } from "./pip-runner.js";

interface Pending {
  lines: string[];
  onLine: ((line: string) => void) | undefined;
  done: (exitCode: number) => void;
}

/**
 * One Python interpreter that runs pip commands one after another (lib/pip_session.py), so a step that runs
 * pip several times (resolve, then install what changed) pays pip's start-up once: about 0.3-0.5 s per command
 * on this kind of machine, most of a small update's pip time. Commands are the same as `python -m pip ARGS`
 * in the same working directory and environment; a read-only one runs without writing bytecode.
 */
export class PipSession {
  private pending: Pending | undefined;
  /** Output that came while no command ran (the interpreter's start-up): it goes to the next command. */
  private early: string[] = [];
  private ended = false;
  private readonly pumped: Promise<void>;

  private constructor(
    private readonly child: ResultPromise<{ all: true; reject: false; buffer: false; stdin: "pipe" }>,
    private readonly marker: string,
  ) {
    // A write into a session that has ended fails here; the command sees the session's exit status instead.
    child.stdin.on("error", () => undefined);
    this.pumped = this.pump();
  }

  static open(run: PipRun): PipSession {
    const token = `pyslug-pip-session-${randomBytes(8).toString("hex")}`;
    const child = execa(pythonExecutable(pythonHome(run.ctx)), [path.join(run.ctx.buildpackDir, "lib", "pip_session.py"), token], {
      cwd: run.ctx.buildDir,
      // The interpreter's start-up writes no bytecode into the tree; pip is imported under its first command's setting.
      env: pipEnv(run, true),
      extendEnv: false,
      all: true,
      reject: false,
      buffer: false,
      stdin: "pipe",
    });
    return new PipSession(child, `${token} exit `);
  }

  /** Runs one pip command; resolves with its exit status and output (stdout and stderr, in order). */
  async run(args: string[], opts: { readOnly: boolean; onLine: ((line: string) => void) | undefined }): Promise<PipOutcome> {
    if (this.pending) throw new Error("a pip session runs one command at a time");
    const lines = this.early.splice(0);
    for (const line of lines) opts.onLine?.(line);
    const exitCode = await new Promise<number>((done) => {
      this.pending = { lines, onLine: opts.onLine, done };
      if (this.ended) void this.exitStatus().then(done);
      else this.child.stdin.write(`${JSON.stringify({ args, readOnly: opts.readOnly })}\n`);
    });
    this.pending = undefined;
    return { exitCode, output: lines.join("\n") };
  }

  /** Ends the session: the interpreter exits at the end of its input. */
  async close(): Promise<void> {
    this.child.stdin.end();
    await this.pumped;
    await this.child;
  }

  private async pump(): Promise<void> {
    for await (const chunk of this.child.iterable({ from: "all" })) {
      const line = String(chunk);
      const pending = this.pending;
      if (pending && line.startsWith(this.marker)) {
        pending.done(Number(line.slice(this.marker.length)));
      } else if (pending) {
        pending.lines.push(line);
        pending.onLine?.(line);
      } else this.early.push(line);
    }
    this.ended = true;
    // The interpreter ended in the middle of a command: the command failed with the interpreter's exit status.
    if (this.pending) this.pending.done(await this.exitStatus());
  }

  private async exitStatus(): Promise<number> {
    const result = await this.child;
    return result.exitCode === undefined || result.exitCode === 0 ? 1 : result.exitCode;
  }
}

/**
 * Runs `use` with a pip session in its PipRun, and ends the session afterwards, whatever happens.
 * Within a session already, `use` runs in that one.
 */
export async function withPipSession<T>(run: PipRun, use: (run: PipRun) => Promise<T>): Promise<T> {
  if (run.session) return use(run);
  const session = PipSession.open(run);
  try {
    return await use({ ...run, session });
  } finally {
    await session.close();
  }
}
