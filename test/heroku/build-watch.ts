// Watching a running bin/compile for a moment and killing it there, as the platform kills a build
// (a timeout, a cancelled deploy, a lost machine): SIGKILL to every process of it, no clean-up.
//
// Moments are found by watching, never by sleeping: a file appearing, a log line, a child process
// starting, bytes of a download leaving the artifact server, or a system call held by strace. The
// last is for windows too narrow to catch from outside (the write of a small file, the rename that
// commits it): strace, wrapped around bin/compile, delays that one call (and nothing else), the
// test sees it in strace's log and kills. It changes no code path of pyslug.
import fs from "node:fs/promises";
import type { Started } from "./shell.js";

/** The dirs a held path is built from: as the build sees them. */
export interface BuildDirs {
  buildDir: string;
  cacheDir: string;
}

/** A system call at which strace holds the build (for 10 minutes: the test kills it before). */
export interface SyscallHold {
  /** The calls to watch, e.g. ["rename", "renameat", "renameat2"] (libc and Node pick among them). */
  syscalls: string[];
  /** Only calls on this path (absolute, as the build sees it). */
  path?: (dirs: BuildDirs) => string;
  /** Hold before the call runs ("enter") or after it returned ("exit"). */
  phase: "enter" | "exit";
  /** Hold the nth matching call of a process (default 1). */
  nth?: number;
}

const HOLD_MICROSECONDS = 600_000_000;

/** The argv prefix that runs a command under strace holding at `hold`, logging to `traceFile`. */
export function straceArgv(hold: SyscallHold, traceFile: string, dirs: BuildDirs): string[] {
  const calls = hold.syscalls.join(",");
  const when = hold.nth && hold.nth > 1 ? `:when=${hold.nth}` : ":when=1";
  return [
    "strace",
    "--follow-forks",
    "--seccomp-bpf",
    "-qq",
    "-o",
    traceFile,
    "-e",
    `trace=${calls}`,
    // No signal lines: a child exiting while the call is held would end the log with a full line (see syscallHeld).
    "-e",
    "signal=none",
    "-e",
    `inject=${calls}:delay_${hold.phase}=${HOLD_MICROSECONDS}${when}`,
    ...(hold.path ? ["-P", hold.path(dirs)] : []),
    "--",
  ];
}

/** A bin/compile while it runs. */
export interface RunningCompile {
  /** Its process group (bin/compile and everything it started). */
  readonly pgid: number;
  /** The build dir and cache dir on this machine. */
  readonly buildDir: string;
  readonly cacheDir: string;
  /** The build log so far. */
  output(): string;
  /** strace's log so far (empty unless the deploy holds at a system call). */
  trace(): Promise<string>;
  readonly finished: boolean;
  /** SIGKILLs every process of the compile, as the platform does; resolves when none is left. */
  kill(): Promise<void>;
}

interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  cmdline: string;
}

/** Every process on the machine (those that vanish while being read are skipped). */
async function allProcesses(): Promise<ProcessInfo[]> {
  const out: ProcessInfo[] = [];
  for (const name of await fs.readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await fs.readFile(`/proc/${name}/stat`, "utf8");
      // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so split after the last ')'.
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cmdline = (await fs.readFile(`/proc/${name}/cmdline`, "utf8")).split("\0").join(" ").trim();
      out.push({ pid: Number(name), ppid: Number(ppid), pgid: Number(pgid), state: state ?? "?", cmdline });
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/** The processes of a build: its process group, plus any descendant that left the group. Zombies excluded. */
export async function buildProcesses(pgid: number): Promise<ProcessInfo[]> {
  const all = await allProcesses();
  const members = new Set(all.filter((p) => p.pgid === pgid || p.pid === pgid).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (!members.has(p.pid) && members.has(p.ppid)) {
        members.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => members.has(p.pid) && p.state !== "Z");
}

function signalAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/** Wraps a started compile; the platform calls markFinished when it exits. */
export function runningCompile(
  started: Started,
  dirs: { buildDir: string; cacheDir: string; traceFile?: string },
): RunningCompile & { markFinished(): void } {
  let finished = false;
  return {
    pgid: started.pid,
    buildDir: dirs.buildDir,
    cacheDir: dirs.cacheDir,
    output: () => started.output(),
    trace: async () => (dirs.traceFile ? await fs.readFile(dirs.traceFile, "utf8").catch(() => "") : ""),
    get finished() {
      return finished;
    },
    markFinished: () => void (finished = true),
    async kill() {
      // The group and any descendant that left it at once, then whatever is still there, until none is left.
      const tree = await buildProcesses(started.pid);
      started.kill("SIGKILL");
      signalAll(tree.map((p) => p.pid));
      const deadline = Date.now() + 30_000;
      for (;;) {
        const left = await buildProcesses(started.pid);
        if (left.length === 0) break;
        if (Date.now() > deadline) throw new Error(`processes of the build survived SIGKILL: ${left.map((p) => p.cmdline).join("; ")}`);
        signalAll(left.map((p) => p.pid));
        await sleep(20);
      }
      await started.done;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` (every 10 ms) until it holds; fails when the build ends first or after `timeoutMs`. */
export async function until(
  compile: RunningCompile,
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 180_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (compile.finished) throw new Error(`the build ended before ${what}:\n${compile.output()}`);
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000}s:\n${compile.output()}`);
    await sleep(10);
  }
}

/** A file or directory exists. */
export const fileExists = (file: string) => () =>
  fs.access(file).then(
    () => true,
    () => false,
  );

/** The build log has a line matching `re`. */
export const logShows = (compile: RunningCompile, re: RegExp) => () => re.test(compile.output());

/** A process of the build runs a command line matching `re`. */
export const childRuns = (compile: RunningCompile, re: RegExp) => async () =>
  (await buildProcesses(compile.pgid)).some((p) => re.test(p.cmdline));

/**
 * strace holds the call: after it returned ("(DELAYED)" in its line), or before it runs (its line
 * stays unfinished: nothing is written to the log for 50 ms).
 */
export const syscallHeld = (compile: RunningCompile) => {
  let last = "";
  let since = 0;
  return async () => {
    const trace = await compile.trace();
    if (trace.includes("(DELAYED)")) return true;
    if (trace !== last) {
      last = trace;
      since = Date.now();
      return false;
    }
    return trace !== "" && !trace.endsWith("\n") && Date.now() - since >= 50;
  };
};
