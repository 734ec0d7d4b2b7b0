// Runs a command like Heroku runs build steps and dynos: in a private mount namespace, with
// Node hidden, a chosen directory at /app, stray PyPI hosts pointing at loopback, as the
// unprivileged platform user, with exactly the environment given.
import { existsSync, realpathSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { exists, randomHex, sha256Text } from "./fs-util.js";
import { stateParent } from "./paths.js";
import { shq, start, type RunResult, type Started } from "./shell.js";
import type { PlatformUser } from "./user.js";

/** The PATH of builds and dynos (Heroku's stack PATH; no Node on it). */
export const STACK_PATH = "/usr/local/bin:/usr/bin:/bin";

/** Hosts that must never be reached from a build or dyno: mapped to 127.0.0.1 (connection refused). */
export const BLOCKED_HOSTS = ["pypi.org", "files.pythonhosted.org"];

export interface SandboxSpec {
  user: PlatformUser;
  /** Directory that appears at /app. */
  appDir: string;
  /** Mount appDir read-only under an ephemeral overlay (dynos: writes are lost, the slug stays intact). */
  overlay?: { upper: string; work: string };
  /** Extra bind mounts made before anything else, e.g. Dokku's fixed /tmp/build over the real build dir. */
  binds?: { from: string; to: string }[];
  /** Working directory inside the sandbox. */
  cwd: string;
  /** The complete environment of the command (nothing is inherited). */
  env: Record<string, string>;
  /** Command and arguments, run as the platform user. */
  argv: string[];
  onOutput?: (chunk: string) => void;
  timeoutMs?: number;
  /** The dyno's size as its processes see it: the cgroup memory file, the CPUs it may run on. */
  machine?: MachineSize;
}

/** A dyno size, faked in its namespace: a tmpfs over /sys/fs/cgroup holding only the memory file, and CPU affinity. */
export interface MachineSize {
  /** cgroup v2 `memory.max` (default) or v1 `memory/memory.limit_in_bytes`. */
  cgroup?: 1 | 2;
  /** The file's content, e.g. "536870912" or "max"; no file when undefined. */
  memory?: string;
  /** CPU list for taskset, e.g. "0" or "0-1". */
  cpus?: string;
}

/** Root commands that fake the machine size (see MachineSize). */
function machineSetup(machine: MachineSize): string[] {
  const lines = ["mount -t tmpfs -o mode=755 tmpfs /sys/fs/cgroup"];
  if (machine.memory !== undefined) {
    const file = machine.cgroup === 1 ? "/sys/fs/cgroup/memory/memory.limit_in_bytes" : "/sys/fs/cgroup/memory.max";
    lines.push(`mkdir -p ${shq(path.dirname(file))}`, `printf '%s\\n' ${shq(machine.memory)} > ${shq(file)}`);
  }
  return lines;
}

/** Every `node`/`nodejs` binary reachable from the stack PATH or this process's PATH (real paths). */
export function hostNodeBinaries(): string[] {
  const dirs = new Set([...STACK_PATH.split(":"), ...(process.env.PATH ?? "").split(":")].filter(Boolean));
  const found = new Set<string>();
  for (const dir of dirs) {
    for (const name of ["node", "nodejs"]) {
      const candidate = path.join(dir, name);
      if (!existsSync(candidate)) continue;
      try {
        found.add(realpathSync(candidate));
      } catch {
        // Dangling symlink: nothing to hide.
      }
    }
  }
  return [...found].sort();
}

/** A copy of /etc/hosts that also maps the blocked hosts to 127.0.0.1 (re-made if something removed it). */
function blockedHostsFile(): Promise<string> {
  return (async () => {
    const original = await fs.readFile("/etc/hosts", "utf8").catch(() => "127.0.0.1 localhost\n");
    const text = `${original.trimEnd()}\n# local Heroku: fail fast instead of reaching the internet\n127.0.0.1 ${BLOCKED_HOSTS.join(" ")}\n`;
    // Keyed by content, so every process reuses one file and nothing piles up in the tmp dir.
    const dir = path.join(stateParent, `pyslug-hosts-${sha256Text(text).slice(0, 12)}`);
    const file = path.join(dir, "hosts");
    if (!(await exists(file))) {
      await fs.mkdir(dir, { recursive: true, mode: 0o755 });
      const tmp = `${file}.${randomHex(4)}`;
      await fs.writeFile(tmp, text, { mode: 0o644 });
      await fs.rename(tmp, file);
    }
    return file;
  })();
}

/** The root-side script that prepares the namespace, then drops privileges and execs argv. */
async function setupScript(spec: SandboxSpec): Promise<string> {
  const lines = ["set -e"];
  for (const bind of spec.binds ?? []) lines.push(`mkdir -p ${shq(bind.to)}`, `mount --bind ${shq(bind.from)} ${shq(bind.to)}`);
  for (const bin of hostNodeBinaries()) lines.push(`mount --bind /dev/null ${shq(bin)}`);
  lines.push(`mount --bind ${shq(await blockedHostsFile())} /etc/hosts`);
  if (spec.overlay) {
    const o = spec.overlay;
    lines.push(
      `mount -t overlay overlay -o ${shq(`lowerdir=${spec.appDir},upperdir=${o.upper},workdir=${o.work}`)} /app 2>/dev/null || mount --bind ${shq(spec.appDir)} /app`,
    );
    // A dyno is another machine: the build dir (and everything else the build left in /tmp) isn't there.
    lines.push("mount -t tmpfs -o mode=1777 tmpfs /tmp");
  } else {
    lines.push(`mount --bind ${shq(spec.appDir)} /app`);
  }
  if (spec.machine) lines.push(...machineSetup(spec.machine));
  lines.push(`cd ${shq(spec.cwd)}`);
  const envArgs = Object.entries(spec.env).map(([k, v]) => shq(`${k}=${v}`));
  const affinity = spec.machine?.cpus !== undefined ? `taskset -c ${shq(spec.machine.cpus)} ` : "";
  lines.push(
    `exec ${affinity}setpriv --reuid=${spec.user.uid} --regid=${spec.user.gid} --init-groups -- env -i ${envArgs.join(" ")} ${spec.argv.map(shq).join(" ")}`,
  );
  return lines.join("\n");
}

/** Ensures the /app mount point exists on the host (created once, empty). */
async function ensureAppMountPoint(): Promise<void> {
  await fs.mkdir("/app", { recursive: true });
}

/** Starts a sandboxed command in its own process group (so it can be killed as a whole). */
export async function startSandboxed(spec: SandboxSpec): Promise<Started> {
  await ensureAppMountPoint();
  const script = await setupScript(spec);
  return start("unshare", ["-m", "--propagation", "private", "--", "bash", "-c", script], {
    env: { PATH: STACK_PATH },
    detached: true,
    onOutput: spec.onOutput,
    timeoutMs: spec.timeoutMs,
  });
}

/** Runs a sandboxed command to completion. */
export async function runSandboxed(spec: SandboxSpec): Promise<RunResult> {
  return (await startSandboxed(spec)).done;
}
