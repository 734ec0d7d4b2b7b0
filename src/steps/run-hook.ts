import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { execa } from "execa";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { appEnvironment } from "../support/app-env.js";
import { BuildError } from "../support/errors.js";

/** How much of a hook's output the build log shows: its first and last lines, each cut at a length. */
export const HOOK_OUTPUT = { headLines: 1000, tailLines: 200, lineChars: 2000 } as const;

/**
 * A hook's output as the build log shows it: every line as it comes up to `headLines`, then only a
 * count, then the last `tailLines` when the hook ends; a line longer than `lineChars` is cut.
 * Linear in the output, whatever its shape (one 5 MB line, or a million short ones).
 */
export class HookOutput {
  private readonly decoder = new StringDecoder("utf8");
  private pending = "";
  private pendingCut = 0;
  private shown = 0;
  /** The last lines after the head, a ring: `tail[(tailStart + i) % tailLines]`. */
  private readonly tail: string[] = [];
  private tailStart = 0;
  private hidden = 0;
  private bytes = 0;

  constructor(
    private readonly show: (line: string) => void,
    private readonly limits: { headLines: number; tailLines: number; lineChars: number } = HOOK_OUTPUT,
  ) {}

  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    const text = this.decoder.write(chunk);
    let from = 0;
    for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", from)) {
      this.append(text.slice(from, newline));
      this.line();
      from = newline + 1;
    }
    this.append(text.slice(from));
  }

  /** Call once the hook has ended: shows the last line and the tail. */
  end(): void {
    this.append(this.decoder.end());
    if (this.pending !== "" || this.pendingCut > 0) this.line();
    if (this.hidden > 0) {
      this.show(
        `… ${this.hidden} lines not shown (${(this.bytes / 1048576).toFixed(1)} MB of output in all); the last ${this.tail.length}:`,
      );
    }
    for (let i = 0; i < this.tail.length; i++) this.show(this.tail[(this.tailStart + i) % this.tail.length]!);
    this.tail.length = 0;
  }

  private append(text: string): void {
    const room = this.limits.lineChars - this.pending.length;
    if (text.length <= room) this.pending += text;
    else {
      this.pending += text.slice(0, Math.max(room, 0));
      this.pendingCut += text.length - Math.max(room, 0);
    }
  }

  private line(): void {
    const line = this.pendingCut > 0 ? `${this.pending}… (${this.pendingCut} more characters)` : this.pending;
    this.pending = "";
    this.pendingCut = 0;
    if (this.shown < this.limits.headLines) {
      this.shown++;
      this.show(line);
      return;
    }
    if (this.tail.length < this.limits.tailLines) {
      this.tail.push(line);
    } else {
      this.tail[this.tailStart] = line;
      this.tailStart = (this.tailStart + 1) % this.limits.tailLines;
      this.hidden++;
    }
  }
}

/** Why a hook can't be run as it is, or undefined. The first bytes decide: a CRLF shebang names no interpreter. */
function startProblem(rel: string, head: string): string | undefined {
  const firstLine = head.split("\n")[0] ?? "";
  if (firstLine.startsWith("#!") && firstLine.endsWith("\r")) {
    return (
      `${rel} has Windows line endings (CRLF): its first line asks for the interpreter '${firstLine.slice(2).trim()}\\r', ` +
      `which doesn't exist.\nConvert it to LF line endings (dos2unix ${rel}; in git: add '${rel} text eol=lf' to .gitattributes) and commit it.`
    );
  }
  return undefined;
}

/** Runs the app's bin/pre_compile or bin/post_compile, if it has one, with its config vars exported. */
export async function runHook(ctx: BuildContext, name: "pre_compile" | "post_compile"): Promise<boolean> {
  const rel = `bin/${name}`;
  const hook = path.join(ctx.buildDir, "bin", name);
  const stat = await fs.stat(hook).catch(() => undefined);
  if (!stat) return false;
  ctx.log.step(`Running ${rel}`);
  if (!stat.isFile()) {
    throw new BuildError(`${rel} is not a file (it is a directory or a device).\nMake ${rel} an executable script, or remove it.`, {
      file: rel,
    });
  }
  const handle = await fs.open(hook, "r");
  const head = Buffer.alloc(512);
  const { bytesRead } = await fs.read(handle, head, 0, head.length, 0);
  await fs.close(handle);
  const start = head.subarray(0, bytesRead).toString("latin1");
  const problem = startProblem(rel, start);
  if (problem) throw new BuildError(problem, { file: rel });
  if ((stat.mode & 0o111) === 0) {
    ctx.log.warn(
      `${rel} isn't executable; pyslug runs it anyway, as Heroku's Python buildpack does.\n` +
        `Commit it as executable: git update-index --chmod=+x ${rel}`,
    );
  }
  await fs.chmod(hook, 0o755);
  // A script without `#!` is run by bash, as bash (the shell Heroku's buildpacks run hooks from) would run it.
  const direct = start.startsWith("#!") || start.startsWith("\x7fELF");
  const env = appEnvironment(ctx);
  Object.assign(env, { BUILD_DIR: ctx.buildDir, CACHE_DIR: ctx.cacheDir, ENV_DIR: ctx.envDir ?? "" });
  const child = execa(direct ? hook : "bash", direct ? [] : [hook], {
    cwd: ctx.buildDir,
    env,
    extendEnv: false,
    all: true,
    reject: false,
    buffer: false,
    stdin: "ignore",
  });
  const output = new HookOutput((line) => ctx.log.info(line));
  child.all?.on("data", (chunk: Buffer) => output.write(chunk));
  const result = await child;
  output.end();
  if (result.exitCode === undefined && result.signal === undefined) {
    throw new BuildError(`${rel} could not be started: ${result.originalMessage ?? result.shortMessage}.\nFix ${rel} and deploy again.`, {
      file: rel,
    });
  }
  if (result.exitCode !== 0) {
    throw new BuildError(
      `${rel} failed with exit status ${result.exitCode ?? result.signal}.\nFix the hook (its output is above) and deploy again.`,
      {
        file: rel,
      },
    );
  }
  return true;
}
