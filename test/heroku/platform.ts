// The local Heroku: apps with a persistent build cache and config vars, `git push`-like
// deploys into a fresh /tmp/build_<hex> per build, and dynos that run the resulting slug.
import { appendFileSync, mkdirSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { buildpackName, materializeBuildpack, type BuildpackSpec } from "./buildpacks.js";
import { bootWebDyno, runDyno, type DynoContext, type DynoMode, type DynoType, type WebResult } from "./dyno.js";
import type { RunResult } from "./shell.js";
import { runningCompile, straceArgv, type RunningCompile, type SyscallHold } from "./build-watch.js";
import { randomHex } from "./fs-util.js";
import { herokuBuildParent, stateParent } from "./paths.js";
import { readProcfile } from "./procfile.js";
import { emptyRelease, mergeReleases, parseReleaseOutput, type ReleaseInfo } from "./release.js";
import { runSandboxed, startSandboxed, STACK_PATH, type MachineSize } from "./sandbox.js";
import { run, runOrThrow } from "./shell.js";
import { chownToUser, ensurePlatformUser, type PlatformUser } from "./user.js";

export interface AppOptions {
  /** App name, used in dir names and output. */
  name?: string;
  /** Buildpacks in order (default: pyslug only). */
  buildpacks?: BuildpackSpec[];
  /** Initial config vars. */
  config?: Record<string, string>;
  /** Extra build-system environment for compile (e.g. CURL_TIMEOUT); not config vars. */
  buildEnv?: Record<string, string>;
  /** STACK during the build (default heroku-24). */
  stack?: string;
  /**
   * "heroku" (default): a new /tmp/build_<hex> per build, config vars only as ENV_DIR files.
   * "dokku": herokuish's way: the fixed /tmp/build, config vars also exported into compile,
   * CURL_* timeouts set, bin/release given the cache dir too.
   */
  flavor?: "heroku" | "dokku";
  /** Put CACHE_DIR on a tmpfs of this size (MB), to test a full disk. */
  cacheSizeMb?: number;
}

export interface DeployOptions {
  /** The app source (like the git tree being pushed). */
  source: string;
  /** Override the app's buildpacks for this deploy. */
  buildpacks?: BuildpackSpec[];
  buildEnv?: Record<string, string>;
  /** Streams the build output as it is produced. */
  onOutput?: (chunk: string) => void;
  /** Kill the build after this many ms (Heroku: 25 min). */
  timeoutMs?: number;
  /** Put this build's BUILD_DIR on a tmpfs of this size (MB), to test a full disk. */
  buildDirSizeMb?: number;
  /**
   * Test hook: called when the first buildpack's bin/compile starts, with a handle that watches it
   * and can kill its whole process tree (see build-watch.ts). The deploy waits for it to settle.
   */
  duringCompile?: (compile: RunningCompile) => Promise<void>;
  /** Test hook: runs that bin/compile under strace, holding it at a system call (see build-watch.ts). */
  holdAt?: SyscallHold;
  /**
   * Heroku CI: each buildpack's bin/test-compile (bin/compile when it has none), building in /app
   * itself (BUILD_DIR=/app=HOME), so nothing is relocated. Dynos then run this build like any slug.
   */
  ci?: boolean;
}

export interface DeployResult {
  /** 0 on success; the failing step's exit code otherwise. */
  exitCode: number;
  /** Everything the push would print. */
  output: string;
  /** The build dir (BUILD_DIR), a new /tmp/build_<hex> each deploy. */
  buildDir: string;
  /** The slug: the build dir after all buildpacks (same path as buildDir). */
  slugDir: string;
  cacheDir: string;
  envDir: string;
  /** Buildpack copies used by this build, in order. */
  buildpackDirs: string[];
  durationMs: number;
  release: ReleaseInfo;
  /** Release number (v1, v2, ...) when successful. */
  version: number | null;
}

export interface DynoRunOptions {
  mode?: DynoMode;
  dynoType?: DynoType;
  env?: Record<string, string>;
  timeoutMs?: number;
  onOutput?: (chunk: string) => void;
  /** The dyno size (cgroup memory file, CPUs), faked in the dyno's namespace. */
  machine?: MachineSize;
}

export interface BootWebOptions extends DynoRunOptions {
  /** Path to probe (default "/"). */
  path?: string;
  /** Process type to start (default web). */
  processType?: string;
  bootTimeoutMs?: number;
}

/** A Heroku app: config vars, a build cache that survives deploys, releases and dynos. */
export class App {
  readonly name: string;
  /** Persistent state of the app (cache, per-build scratch). */
  readonly stateDir: string;
  /** CACHE_DIR, shared by every buildpack and every deploy of this app. */
  readonly cacheDir: string;
  readonly config: Record<string, string>;
  buildpacks: BuildpackSpec[];
  readonly buildEnv: Record<string, string>;
  readonly stack: string;
  readonly flavor: "heroku" | "dokku";
  /** Successful deploys, oldest first. */
  readonly releases: DeployResult[] = [];
  private readonly buildDirs: string[] = [];
  /** tmpfs mounts made for this app (unmounted by dispose). */
  private readonly mounts: string[] = [];
  private readonly cacheSizeMb: number | undefined;
  private runCounter = 0;

  constructor(
    readonly user: PlatformUser,
    stateDir: string,
    opts: AppOptions,
  ) {
    this.name = opts.name ?? "app";
    this.stateDir = stateDir;
    this.cacheDir = path.join(stateDir, "cache");
    this.config = { ...opts.config };
    this.buildpacks = opts.buildpacks ?? [{ kind: "pyslug" }];
    this.buildEnv = { ...opts.buildEnv };
    this.stack = opts.stack ?? "heroku-24";
    this.flavor = opts.flavor ?? "heroku";
    this.cacheSizeMb = opts.cacheSizeMb;
  }

  /** Mounts a tmpfs of `sizeMb` at `dir` (an empty directory), unmounted by dispose(). */
  private async mountTmpfs(dir: string, sizeMb: number): Promise<void> {
    await runOrThrow("mount", ["-t", "tmpfs", "-o", `size=${sizeMb}m,mode=0755`, "tmpfs", dir]);
    this.mounts.push(dir);
  }

  /** `heroku config:set`. */
  setConfig(vars: Record<string, string>): void {
    Object.assign(this.config, vars);
  }

  /** `heroku config:unset`. */
  unsetConfig(...keys: string[]): void {
    for (const k of keys) delete this.config[k];
  }

  /** `heroku repo:purge_cache`. */
  async purgeCache(): Promise<void> {
    if (this.mounts.includes(this.cacheDir)) {
      for (const entry of await fs.readdir(this.cacheDir)) await fs.rm(path.join(this.cacheDir, entry), { recursive: true, force: true });
    } else {
      await fs.rm(this.cacheDir, { recursive: true, force: true });
    }
    await fs.mkdir(this.cacheDir, { recursive: true });
    await chownToUser(this.user, this.cacheDir);
  }

  /** The slug of the latest successful deploy. */
  get currentSlug(): string {
    const last = this.releases.at(-1);
    if (!last) throw new Error(`app ${this.name} has no successful deploy`);
    return last.slugDir;
  }

  /** `git push heroku main`: builds the source with the buildpacks into a new slug. */
  async deploy(opts: DeployOptions): Promise<DeployResult> {
    const began = Date.now();
    const buildpacks = opts.buildpacks ?? this.buildpacks;
    let output = "";
    const say = (text: string): void => {
      output += text;
      opts.onOutput?.(text);
    };
    const collect = (chunk: string): void => say(chunk);

    // Fresh build dir, env dir, buildpack copies and build-time /app for this build.
    const buildDir = path.join(herokuBuildParent, `build_${randomHex(16)}`);
    this.buildDirs.push(buildDir);
    const scratch = path.join(this.stateDir, `build-${randomHex(6)}`);
    const envDir = path.join(scratch, "env");
    const bpParent = path.join(scratch, "buildpacks");
    const buildHome = path.join(scratch, "app-home");
    await fs.mkdir(buildDir);
    if (opts.buildDirSizeMb !== undefined) await this.mountTmpfs(buildDir, opts.buildDirSizeMb);
    await copySource(opts.source, buildDir);
    await fs.mkdir(envDir, { recursive: true });
    for (const [k, v] of Object.entries(this.config)) await fs.writeFile(path.join(envDir, k), v);
    await fs.mkdir(buildHome, { recursive: true });
    const bpDirs: string[] = [];
    for (const [i, spec] of buildpacks.entries()) {
      const dir = path.join(bpParent, `${String(i + 1).padStart(2, "0")}_${buildpackName(spec)}_${randomHex(4)}`);
      await materializeBuildpack(spec, dir);
      bpDirs.push(dir);
    }
    await fs.mkdir(this.cacheDir, { recursive: true });
    if (this.cacheSizeMb !== undefined && !this.mounts.includes(this.cacheDir)) await this.mountTmpfs(this.cacheDir, this.cacheSizeMb);
    await fs.chmod(scratch, 0o755);
    await chownToUser(this.user, buildDir, envDir, bpParent, buildHome, this.cacheDir);

    const dokku = this.flavor === "dokku";
    // What the buildpacks are told the build dir is: Dokku's is always /tmp/build (bound over this build's dir).
    const ci = opts.ci === true;
    const compileDir = dokku ? "/tmp/build" : ci ? "/app" : buildDir;
    const env: Record<string, string> = {
      // herokuish evals the app's .env into the build: config vars are in compile's environment there.
      ...(dokku ? { ...this.config, CURL_CONNECT_TIMEOUT: "30", CURL_TIMEOUT: "180" } : {}),
      HOME: "/app",
      PATH: STACK_PATH,
      STACK: this.stack,
      LANG: "en_US.UTF-8",
      PIP_CONFIG_FILE: "/dev/null",
      // pyslug checks its relocation manifest against a full scan of the tree, and the tree it saved in the cache
      // against the build's (a bug if they differ).
      PYSLUG_VERIFY_MANIFEST: "1",
      PYSLUG_VERIFY_CACHE: "1",
      ...this.buildEnv,
      ...opts.buildEnv,
    };
    const binds = dokku ? [{ from: buildDir, to: compileDir }] : [];
    const spec = (argv: string[], onOutput?: (c: string) => void) =>
      ({
        user: this.user,
        appDir: ci ? buildDir : buildHome,
        binds,
        cwd: compileDir,
        env,
        argv,
        onOutput,
        timeoutMs: opts.timeoutMs,
      }) as const;
    const step = (argv: string[], onOutput?: (c: string) => void) => runSandboxed(spec(argv, onOutput));
    // The first buildpack's compile, watched (and maybe held at a system call) when a test asks to.
    const watchedStep = async (argv: string[], onOutput: (c: string) => void) => {
      if (!opts.duringCompile && !opts.holdAt) return step(argv, onOutput);
      const traceFile = path.join(scratch, "compile.strace");
      const hold = opts.holdAt ? straceArgv(opts.holdAt, traceFile, { buildDir: compileDir, cacheDir: this.cacheDir }) : [];
      if (opts.holdAt) {
        await fs.writeFile(traceFile, "");
        await chownToUser(this.user, traceFile);
      }
      const started = await startSandboxed(spec([...hold, ...argv], onOutput));
      const running = runningCompile(started, { buildDir, cacheDir: this.cacheDir, traceFile: opts.holdAt ? traceFile : undefined });
      // A watcher that gives up (the moment never came) leaves no build running behind it.
      const watcher = opts.duringCompile?.(running).catch(async (error: unknown) => {
        await running.kill();
        throw error;
      });
      const [result] = await Promise.all([started.done.finally(() => running.markFinished()), watcher]);
      return result;
    };
    const result = (exitCode: number, release: ReleaseInfo = emptyRelease()): DeployResult => {
      const res: DeployResult = {
        exitCode,
        output,
        buildDir,
        slugDir: buildDir,
        cacheDir: this.cacheDir,
        envDir,
        buildpackDirs: bpDirs,
        durationMs: Date.now() - began,
        release,
        version: null,
      };
      if (exitCode === 0) {
        this.releases.push(res);
        res.version = this.releases.length;
      }
      recordBuildLog(this.name, output, opts.buildEnv);
      return res;
    };
    const reject = (exitCode: number, what: string): DeployResult => {
      say(` !     Push rejected, ${what}.\n !     Push failed\n`);
      return result(exitCode);
    };

    say(`-----> Building on the ${this.stack.replace(/^h/, "H")} stack\n`);
    if (buildpacks.length > 1) {
      say("-----> Using buildpacks:\n");
      buildpacks.forEach((bp, i) => say(`       ${i + 1}. ${buildpackName(bp)}\n`));
    }

    // Detect and compile each buildpack in order; later ones source earlier ones' export.
    for (const [i, dir] of bpDirs.entries()) {
      const detect = await step([path.join(dir, "bin", "detect"), compileDir]);
      if (detect.exitCode !== 0) {
        say(detect.stderr);
        say(`-----> App not compatible with buildpack: ${buildpackName(buildpacks[i]!)}\n`);
        return reject(1, "failed to detect set buildpack");
      }
      const framework = detect.stdout.trim().split("\n")[0] ?? buildpackName(buildpacks[i]!);
      say(`-----> ${framework} app detected\n`);
      const compileArgv = [
        "/bin/bash",
        "-c",
        COMPILE_WRAPPER,
        "compile",
        dir,
        ci ? "test-compile" : "compile",
        compileDir,
        this.cacheDir,
        envDir,
        ...bpDirs.slice(0, i),
      ];
      const compile = i === 0 ? await watchedStep(compileArgv, collect) : await step(compileArgv, collect);
      if (compile.exitCode !== 0) return reject(compile.exitCode, `failed to compile ${framework} app`);
    }

    // Every buildpack's bin/release (no export sourced); the output must be a valid release YAML.
    const releases: ReleaseInfo[] = [];
    for (const [i, dir] of bpDirs.entries()) {
      const releaseBin = path.join(dir, "bin", "release");
      if (!(await fs.stat(releaseBin).catch(() => undefined))) continue;
      const rel = await step(dokku ? [releaseBin, compileDir, this.cacheDir] : [releaseBin, compileDir]);
      if (rel.exitCode !== 0) {
        say(rel.output);
        return reject(rel.exitCode, `bin/release of ${buildpackName(buildpacks[i]!)} failed`);
      }
      try {
        releases.push(parseReleaseOutput(rel.stdout));
      } catch (err) {
        say(` !     ${(err as Error).message}\n`);
        return reject(1, `invalid bin/release output from ${buildpackName(buildpacks[i]!)}`);
      }
    }
    const release = mergeReleases(releases);

    say("-----> Discovering process types\n");
    const procfile = Object.keys(readProcfile(buildDir));
    say(`       Procfile declares types     -> ${procfile.length ? procfile.join(", ") : "(none)"}\n`);
    const defaults = Object.keys(release.defaultProcessTypes);
    if (defaults.length) say(`       Default types for buildpack -> ${defaults.join(", ")}\n`);
    say("-----> Compressing...\n");
    const kb = Number((await runOrThrow("du", ["-sk", buildDir])).split(/\s/)[0]);
    say(`       Done: ${(kb / 1024).toFixed(1)}M\n`);
    say("-----> Launching...\n");
    const res = result(0, release);
    res.output += `       Released v${res.version}\n`;
    opts.onOutput?.(`       Released v${res.version}\n`);
    return res;
  }

  private dynoContext(): DynoContext {
    return { user: this.user, slugDir: this.currentSlug, config: this.config, scratchParent: this.stateDir };
  }

  /** `heroku run <command>` (or a release-phase dyno with dynoType: "release"). */
  async run(command: string, opts: DynoRunOptions = {}): Promise<RunResult> {
    const dynoType = opts.dynoType ?? "run";
    const dynoNumber = dynoType === "release" ? this.releases.length : dynoType === "run" ? ++this.runCounter : 1;
    return runDyno(this.dynoContext(), command, { ...opts, dynoType, dynoNumber });
  }

  /** The command of a process type: the slug's Procfile, else the buildpacks' default_process_types. */
  processCommand(type = "web"): string {
    const last = this.releases.at(-1);
    const cmd = readProcfile(this.currentSlug)[type] ?? last?.release.defaultProcessTypes[type];
    if (!cmd) throw new Error(`no ${type} process type in the Procfile or the release`);
    return cmd;
  }

  /** Boots the web process with a free $PORT and returns the first HTTP answer. */
  async bootWeb(opts: BootWebOptions = {}): Promise<WebResult> {
    const type = opts.processType ?? "web";
    return bootWebDyno(this.dynoContext(), this.processCommand(type), { ...opts, dynoType: type, dynoNumber: 1 });
  }

  /** Deletes the app's build dirs (slugs) and state. */
  async dispose(): Promise<void> {
    for (const dir of this.mounts.splice(0).reverse()) await run("umount", ["--lazy", dir]);
    for (const dir of this.buildDirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(this.stateDir, { recursive: true, force: true });
  }
}

/** Sources every earlier buildpack's export file, then execs this buildpack's bin/compile. */
const COMPILE_WRAPPER = `__bp=$1 __program=$2 __build=$3 __cache=$4 __env=$5
shift 5
for __earlier in "$@"; do
  [ -f "$__earlier/export" ] && source "$__earlier/export"
done
unset __earlier
[ -x "$__bp/bin/$__program" ] || __program=compile
exec "$__bp/bin/$__program" "$__build" "$__cache" "$__env"`;

/**
 * PYSLUG_TEST_BUILD_LOGS=<dir> (in the test run's environment): every build's output is appended to
 * <dir>/builds.log, so a whole suite's build logs can be searched afterwards (e.g. for Node's crash output).
 */
function recordBuildLog(app: string, output: string, buildEnv: Record<string, string> | undefined): void {
  const dir = process.env["PYSLUG_TEST_BUILD_LOGS"];
  if (!dir) return;
  const injected = buildEnv?.["PYSLUG_TEST_INJECT"] ? ` (PYSLUG_TEST_INJECT=${buildEnv["PYSLUG_TEST_INJECT"]})` : "";
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, "builds.log"), `===== build of ${app}${injected} (pid ${process.pid})\n${output}\n`);
}

/** Copies the pushed source (without .git, like a git push) into the build dir, in one cp. */
async function copySource(source: string, buildDir: string): Promise<void> {
  const entries = (await fs.readdir(source)).filter((entry) => entry !== ".git").map((entry) => path.join(source, entry));
  if (entries.length === 0) return;
  const res = await run("cp", ["-a", "--target-directory", buildDir, "--", ...entries]);
  if (res.exitCode !== 0) throw new Error(`copying the source: ${res.output}`);
}

/** Creates an app (like `heroku create`). Needs root (user creation, namespaces, chown). */
export async function createApp(opts: AppOptions = {}): Promise<App> {
  const user = await ensurePlatformUser();
  const stateDir = await fs.mkdtemp(path.join(stateParent, `pyslug-app-${opts.name ?? "app"}-`));
  await fs.chmod(stateDir, 0o755);
  return new App(user, stateDir, opts);
}
