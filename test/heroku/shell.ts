// Process helpers: shell quoting and a spawn wrapper that collects interleaved output.
import { spawn, type SpawnOptions } from "node:child_process";
import { shellQuote } from "../../src/runtime/env-vars.js";

/** Quotes a string for bash (single quotes), as pyslug quotes what it writes into scripts. */
export const shq = shellQuote;

export interface RunResult {
  exitCode: number;
  /** Signal that ended the process, if any. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in arrival order. */
  output: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each chunk of stdout/stderr as it arrives (for streaming). */
  onOutput?: (chunk: string) => void;
  /** Spawn in a new process group (so the whole group can be killed). */
  detached?: boolean;
  /** Kill the process group after this many ms. */
  timeoutMs?: number;
  input?: string;
}

/** Runs a command to completion; never throws on a non-zero exit. */
export function run(file: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const child = start(file, args, opts);
  return child.done;
}

export interface Started {
  pid: number;
  done: Promise<RunResult>;
  /** Sends a signal to the whole process group (detached) or the process. */
  kill(signal?: NodeJS.Signals): void;
  /** Output so far (interleaved). */
  output(): string;
}

/** Starts a command and returns a handle; the output is collected as in run(). */
export function start(file: string, args: readonly string[], opts: RunOptions = {}): Started {
  const spawnOpts: SpawnOptions = {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: opts.detached ?? false,
    stdio: [opts.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  };
  const child = spawn(file, [...args], spawnOpts);
  let stdout = "";
  let stderr = "";
  let output = "";
  child.stdout?.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
    output += c;
    opts.onOutput?.(c);
  });
  child.stderr?.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
    output += c;
    opts.onOutput?.(c);
  });
  if (opts.input !== undefined) child.stdin?.end(opts.input);
  const kill = (signal: NodeJS.Signals = "SIGTERM"): void => {
    if (child.pid === undefined) return;
    try {
      if (spawnOpts.detached) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  let timer: NodeJS.Timeout | undefined;
  if (opts.timeoutMs) timer = setTimeout(() => kill("SIGKILL"), opts.timeoutMs);
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ exitCode: code ?? 128, signal, stdout, stderr, output });
    });
  });
  return { pid: child.pid ?? -1, done, kill, output: () => output };
}

/** Runs a command and throws with its output if it fails. Returns stdout. */
export async function runOrThrow(file: string, args: readonly string[], opts: RunOptions = {}): Promise<string> {
  const res = await run(file, args, opts);
  if (res.exitCode !== 0) {
    throw new Error(`${file} ${args.join(" ")} exited ${res.exitCode}:\n${res.output}`);
  }
  return res.stdout;
}
