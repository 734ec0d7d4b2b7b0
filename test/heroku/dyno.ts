// Dynos: one-off (`heroku run`), release-phase and web processes started from the slug,
// mounted at /app in a private namespace, as the platform user, with .profile.d sourced.
import fs from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { randomHex } from "./fs-util.js";
import { STACK_PATH, startSandboxed, type MachineSize } from "./sandbox.js";
import type { RunResult } from "./shell.js";
import type { PlatformUser } from "./user.js";

/** `plain`: Heroku's dyno startup. `strict`: herokuish/Dokku (`set -eo pipefail`, nullglob, word-split command). */
export type DynoMode = "plain" | "strict";

export type DynoType = "run" | "web" | "release" | (string & {});

/** What a dyno needs from its app. */
export interface DynoContext {
  user: PlatformUser;
  slugDir: string;
  config: Record<string, string>;
  /** Where per-dyno scratch dirs (overlay layers) go. */
  scratchParent: string;
}

export interface DynoOptions {
  mode?: DynoMode;
  /** Sets DYNO=<type>.<n>. */
  dynoType?: DynoType;
  dynoNumber?: number;
  port?: number;
  /** Extra environment (after config vars), e.g. for a test probe. */
  env?: Record<string, string>;
  timeoutMs?: number;
  onOutput?: (chunk: string) => void;
  /** The dyno size its processes see (cgroup memory file, CPUs); the host's when unset. */
  machine?: MachineSize;
}

export interface WebResult {
  /** HTTP status, or null when the process never answered. */
  status: number | null;
  body: string;
  headers: http.IncomingHttpHeaders;
  /** The dyno's output up to the moment it was stopped. */
  output: string;
  /** Exit code if the process ended by itself before answering. */
  exitCode: number | null;
  /** Milliseconds from start to the first answer. */
  bootMs: number;
}

/** Heroku: bash sources .profile.d/*.sh and .profile, then execs the command through bash -c. */
const PLAIN_LAUNCHER = `__heroku_cmd=$1
shift
for f in /app/.profile.d/*.sh; do [ -r "$f" ] && . "$f"; done
[ -r /app/.profile ] && . /app/.profile
exec bash -c "$__heroku_cmd"`;

/** herokuish procfile-exec: errexit+pipefail, nullglob while sourcing, command word-split after eval echo. */
const STRICT_LAUNCHER = `set -eo pipefail
__heroku_cmd=$1
shift
cd /app
shopt -s nullglob
mkdir -p /app/.profile.d
for file in /app/.profile.d/*.sh; do
  source "$file"
done
if [[ -s /app/.profile ]]; then
  source /app/.profile
fi
shopt -u nullglob
hash -r
exec $(eval echo "$__heroku_cmd")`;

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startDyno(ctx: DynoContext, command: string, opts: DynoOptions & { port: number }) {
  const scratch = path.join(ctx.scratchParent, `dyno-${randomHex(6)}`);
  const upper = path.join(scratch, "upper");
  const work = path.join(scratch, "work");
  await fs.mkdir(upper, { recursive: true });
  await fs.mkdir(work, { recursive: true });
  await fs.chown(upper, ctx.user.uid, ctx.user.gid);
  const env: Record<string, string> = {
    HOME: "/app",
    PATH: STACK_PATH,
    PORT: String(opts.port),
    DYNO: `${opts.dynoType ?? "run"}.${opts.dynoNumber ?? 1}`,
    ...ctx.config,
    ...opts.env,
  };
  const launcher = (opts.mode ?? "plain") === "strict" ? STRICT_LAUNCHER : PLAIN_LAUNCHER;
  const started = await startSandboxed({
    user: ctx.user,
    appDir: ctx.slugDir,
    overlay: { upper, work },
    cwd: "/app",
    env,
    argv: ["/bin/bash", "-c", launcher, "dyno", command],
    onOutput: opts.onOutput,
    timeoutMs: opts.timeoutMs,
    machine: opts.machine,
  });
  const cleanup = async (): Promise<void> => {
    await fs.rm(scratch, { recursive: true, force: true });
  };
  return { started, cleanup };
}

/** Runs a one-off command to completion (like `heroku run`). */
export async function runDyno(ctx: DynoContext, command: string, opts: DynoOptions = {}): Promise<RunResult> {
  const port = opts.port ?? (await freePort());
  const { started, cleanup } = await startDyno(ctx, command, { ...opts, port });
  try {
    const res = await started.done;
    return res;
  } finally {
    started.kill("SIGKILL");
    await cleanup();
  }
}

function probe(url: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 5000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

/** Starts a web process, probes http://127.0.0.1:$PORT<path> until it answers, then stops the whole process group. */
export async function bootWebDyno(
  ctx: DynoContext,
  command: string,
  opts: DynoOptions & { path?: string; bootTimeoutMs?: number } = {},
): Promise<WebResult> {
  const port = opts.port ?? (await freePort());
  const began = Date.now();
  const { started, cleanup } = await startDyno(ctx, command, { ...opts, dynoType: opts.dynoType ?? "web", port });
  let exited: number | null = null;
  void started.done.then((r) => (exited = r.exitCode));
  const deadline = began + (opts.bootTimeoutMs ?? 20_000);
  try {
    while (Date.now() < deadline && exited === null) {
      try {
        const res = await probe(`http://127.0.0.1:${port}${opts.path ?? "/"}`);
        return { ...res, output: started.output(), exitCode: null, bootMs: Date.now() - began };
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return { status: null, body: "", headers: {}, output: started.output(), exitCode: exited, bootMs: Date.now() - began };
  } finally {
    started.kill("SIGTERM");
    const stopped = await Promise.race([started.done.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3000))]);
    if (!stopped) {
      started.kill("SIGKILL");
      await started.done;
    }
    await cleanup();
  }
}
