import path from "node:path";
import { execa } from "execa";
import fs from "fs-extra";
import { pythonHome, type BuildContext } from "../context.js";
import { BuildError } from "../support/errors.js";
import type { IndexConfig } from "./index-config.js";
import { redactSecrets, redactUrl } from "../support/redact.js";
import { eachLine } from "../support/output-lines.js";
import { pythonExecutable } from "../runtime/python-runtime.js";
import { requestedFromReport } from "./plan.js";
import type { PipSession } from "./pip-session.js";

export interface PipRun {
  ctx: BuildContext;
  index: IndexConfig;
  /** PIP_CACHE_DIR for this build. */
  cacheDir: string;
  /** Awaited before anything that may write into the Python tree (see PythonTree.writable). */
  beforeWrite?: () => Promise<unknown>;
  /** Awaited before every pip command: pip may write into its cache (see PipCache.beforeUse). */
  beforePip?: () => Promise<unknown>;
  /** One interpreter for several pip commands (see withPipSession). */
  session?: PipSession;
}

/** Where pip checks out VCS requirements (`--src`): in the Python tree, so they are in the slug and the cache. */
export function vcsCheckoutArgs(ctx: Pick<BuildContext, "buildDir">): string[] {
  return ["--src", path.join(pythonHome(ctx), "src")];
}

/** Lines of pip output not worth a line in the build log. */
const QUIET = [/^Requirement already satisfied: /, /^\s*Using cached /, /^\s*Downloading .*\(.*\)$/, /^Looking in indexes: /];

/** The environment pip runs in: the app's, its index settings, pyslug's pip cache, no prompts or progress bars. */
export function pipEnv(run: PipRun, readOnly: boolean): NodeJS.ProcessEnv {
  return {
    ...run.ctx.env,
    ...run.index.env,
    PIP_CACHE_DIR: run.cacheDir,
    PIP_NO_INPUT: "1",
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    PIP_PROGRESS_BAR: "off",
    PIP_ROOT_USER_ACTION: "ignore",
    PYTHONUNBUFFERED: "1",
    ...(readOnly ? { PYTHONDONTWRITEBYTECODE: "1" } : {}),
  };
}

/** How one pip command ended: its exit status and its output (stdout and stderr, in order). */
export interface PipOutcome {
  exitCode: number;
  output: string;
}

/**
 * Runs `python -m pip ARGS` with the app's index settings, pyslug's pip cache, and output
 * indented into the build log (secrets redacted). Returns the combined output. `readOnly`: a run
 * that writes nothing into the Python tree (a dry run), not even bytecode, so it needn't wait for it.
 * Within a pip session (run.session, see PipSession) the command runs in the session's interpreter.
 */
export async function pip(
  run: PipRun,
  args: string[],
  what: string,
  opts: { quiet?: boolean; python?: string[]; readOnly?: boolean } = {},
): Promise<string> {
  const { ctx, index } = run;
  const readOnly = opts.readOnly === true;
  if (!readOnly) await run.beforeWrite?.();
  await run.beforePip?.();
  const onLine = opts.quiet
    ? undefined
    : (line: string) => {
        if (line.trim() === "" || QUIET.some((q) => q.test(line))) return;
        ctx.log.info(redactSecrets(line, index.secrets));
      };
  const result =
    run.session && !opts.python
      ? await run.session.run(args, { readOnly, onLine })
      : await pipProcess(run, [...(opts.python ?? [pythonExecutable(pythonHome(ctx)), "-m", "pip"]), ...args], readOnly, onLine);
  const output = redactSecrets(result.output, index.secrets);
  if (result.exitCode !== 0) {
    if (opts.quiet) for (const line of output.trimEnd().split("\n").slice(-40)) ctx.log.info(line);
    throw new BuildError(`${what} failed (pip exited with status ${result.exitCode}).\n${explainPipFailure(output)}`);
  }
  return output;
}

/** One pip command in a process of its own. */
async function pipProcess(
  run: PipRun,
  command: string[],
  readOnly: boolean,
  onLine: ((line: string) => void) | undefined,
): Promise<PipOutcome> {
  const child = execa(command[0]!, command.slice(1), {
    cwd: run.ctx.buildDir,
    env: pipEnv(run, readOnly),
    extendEnv: false,
    all: true,
    reject: false,
  });
  if (onLine) await eachLine(child, onLine);
  const result = await child;
  return { exitCode: result.exitCode ?? 1, output: result.all ?? "" };
}

/** Turns pip's own words into the one thing the user should do. Pure. */
export function explainPipFailure(output: string): string {
  // pip goes on after an index refuses it and ends with "No matching distribution": the refusal is the cause.
  const refused = /\b(401|403) (?:Client )?Error\b.*?(?:for (?:url: )?)(\S+)/.exec(output);
  if (refused) {
    return (
      `The package index refused pip (HTTP ${refused[1]}) at ${redactUrl(refused[2]!)}: the credentials for it are missing or wrong.\n` +
      "Check the config vars that hold them: UV_INDEX_<NAME>_USERNAME/_PASSWORD (uv.lock), POETRY_HTTP_BASIC_<NAME>_USERNAME/_PASSWORD\n" +
      "(poetry.lock), or the user:password in PIP_INDEX_URL / PIP_EXTRA_INDEX_URL."
    );
  }
  const noVersion = /No matching distribution found for ([^\s]+)/.exec(output);
  if (noVersion) {
    const versions = /from versions: ([^)]*)\)/.exec(output)?.[1]?.trim();
    return versions && versions !== "none"
      ? `No release of ${noVersion[1]} matches the requirement. Available versions: ${versions}.\nFix the version in your dependency file.`
      : `The package index has no package matching ${noVersion[1]}.\nCheck the name for typos, and that PIP_INDEX_URL / PIP_EXTRA_INDEX_URL point at an index that has it.`;
  }
  if (/ResolutionImpossible|conflicting dependencies/.test(output)) {
    return "The requirements conflict with each other (see pip's explanation above).\nRelax or align the versions that pip names.";
  }
  if (/THESE PACKAGES DO NOT MATCH THE HASHES/.test(output)) {
    return "A downloaded package doesn't match the hash in your dependency file.\nIf the lock or the hashes are outdated, regenerate them; otherwise the index served something unexpected.";
  }
  const invalid = /Invalid requirement: (.*)/.exec(output);
  if (invalid) return `pip rejected a requirement: ${invalid[1]}`;
  return "See pip's output above for the cause.";
}

/**
 * `pip install` of these requirement lines (written to a file in `scratch`, after `header` lines such as index
 * options), with `args`. Returns the names pip was asked for, from its --report.
 */
export async function installLines(
  run: PipRun,
  scratch: string,
  lines: { header?: string[]; requirements: string[] },
  args: string[],
  what: string,
): Promise<{ requested: string[] }> {
  const file = path.join(scratch, "local-packages.txt");
  const report = path.join(scratch, "local-report.json");
  await fs.writeFile(file, [...(lines.header ?? []), ...lines.requirements, ""].join("\n"));
  await pip(run, ["install", ...args, "-r", file, "--report", report], what);
  return { requested: requestedFromReport(await fs.readJson(report)) };
}
