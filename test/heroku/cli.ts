// Command line for the local Heroku:
//   simulate <app dir> [--deploys N] [--buildpacks pyslug,inline] [--config K=V]... [--python 3.12.1]...
//            [--run CMD] [--web] [--path /] [--strict] [--keep]
//   demo     deploys test/fixtures/apps/demo twice, boots it and prints the response and deploy times
import { existsSync } from "node:fs";
import path from "node:path";
import { startArtifactServer } from "./artifact-server.js";
import { parseBuildpackList, type BuildpackSpec } from "./buildpacks.js";
import { configureForArtifactServer } from "./configure.js";
import { repoRoot } from "./paths.js";
import { createApp, type App } from "./platform.js";

interface SimulateOptions {
  appDir: string;
  deploys: number;
  buildpacks: BuildpackSpec[];
  config: Record<string, string>;
  pythonVersions: string[];
  run?: string;
  web: boolean;
  path: string;
  strict: boolean;
  keep: boolean;
}

const USAGE = `usage: cli.ts simulate <app dir> [--deploys N] [--buildpacks pyslug,inline] [--config K=V]... [--python X.Y.Z]... [--run CMD] [--web] [--path /] [--strict] [--keep]
       cli.ts demo
(the benchmark is scripts/bench.ts: npm run bench)`;

function parseSimulateArgs(args: string[]): SimulateOptions {
  const opts: SimulateOptions = {
    appDir: "",
    deploys: 1,
    buildpacks: [{ kind: "pyslug" }],
    config: {},
    pythonVersions: [],
    web: false,
    path: "/",
    strict: false,
    keep: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--deploys":
        opts.deploys = Number(value());
        if (!Number.isInteger(opts.deploys) || opts.deploys < 1) throw new Error("--deploys must be a positive integer");
        break;
      case "--buildpacks":
        opts.buildpacks = parseBuildpackList(value());
        break;
      case "--config": {
        const kv = value();
        const eq = kv.indexOf("=");
        if (eq <= 0) throw new Error(`--config expects K=V, got ${kv}`);
        opts.config[kv.slice(0, eq)] = kv.slice(eq + 1);
        break;
      }
      case "--python":
        opts.pythonVersions.push(value());
        break;
      case "--run":
        opts.run = value();
        break;
      case "--web":
        opts.web = true;
        break;
      case "--path":
        opts.path = value();
        break;
      case "--strict":
        opts.strict = true;
        break;
      case "--keep":
        opts.keep = true;
        break;
      default:
        if (arg.startsWith("--") || opts.appDir) throw new Error(`unexpected argument ${arg}\n${USAGE}`);
        opts.appDir = path.resolve(arg);
    }
  }
  if (!opts.appDir) throw new Error(USAGE);
  if (!existsSync(opts.appDir)) throw new Error(`no such app dir: ${opts.appDir}`);
  return opts;
}

const out = (text: string): void => void process.stdout.write(text);

/** Deploys the app N times, then optionally runs a command and/or boots web. Returns an exit code. */
async function simulate(opts: SimulateOptions): Promise<{ exitCode: number; durations: number[] }> {
  out(`Preparing the artifact server (Node and Python archives are cached in .cache/)...\n`);
  const began = Date.now();
  const server = await startArtifactServer({ pythonVersions: opts.pythonVersions });
  out(`Artifact server ${server.url} ready in ${((Date.now() - began) / 1000).toFixed(1)}s\n`);
  let app: App | undefined;
  const durations: number[] = [];
  const mode = opts.strict ? "strict" : "plain";
  const cleanup = async (): Promise<void> => {
    if (app && !opts.keep) await app.dispose();
    await server.close();
  };
  process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));
  try {
    app = await createApp({ name: path.basename(opts.appDir), buildpacks: opts.buildpacks });
    configureForArtifactServer(app, server);
    app.setConfig(opts.config);
    for (let n = 1; n <= opts.deploys; n++) {
      out(`\n=== git push heroku main (deploy ${n}/${opts.deploys}) ===\n`);
      server.clearRequests();
      const res = await app.deploy({ source: opts.appDir, onOutput: out });
      durations.push(res.durationMs);
      const fetched = server.requests.map((r) => `${r.status} ${r.path}`);
      out(
        `=== deploy ${n}: exit ${res.exitCode} in ${(res.durationMs / 1000).toFixed(1)}s, build dir ${res.buildDir}, ${fetched.length} artifact request(s) ===\n`,
      );
      for (const f of fetched) out(`    ${f}\n`);
      if (res.exitCode !== 0) return { exitCode: res.exitCode, durations };
    }
    if (opts.run) {
      out(`\n=== heroku run ${JSON.stringify(opts.run)} (${mode}) ===\n`);
      const res = await app.run(opts.run, { mode, onOutput: out });
      out(`=== exit ${res.exitCode} ===\n`);
      if (res.exitCode !== 0) return { exitCode: res.exitCode, durations };
    }
    if (opts.web) {
      out(`\n=== web dyno (${mode}): ${app.processCommand("web")} ===\n`);
      const web = await app.bootWeb({ mode, path: opts.path });
      out(web.output);
      if (web.status === null) {
        out(`=== web dyno did not answer (exit ${web.exitCode}) ===\n`);
        return { exitCode: 1, durations };
      }
      out(`=== GET ${opts.path} -> ${web.status} after ${(web.bootMs / 1000).toFixed(1)}s ===\n${web.body}\n`);
    }
    if (opts.keep) out(`\nKept app state in ${app.stateDir} and slug ${app.currentSlug}\n`);
    return { exitCode: 0, durations };
  } finally {
    await cleanup();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "simulate":
      return (await simulate(parseSimulateArgs(rest))).exitCode;
    case "demo": {
      const appDir = path.join(repoRoot, "test", "fixtures", "apps", "demo");
      const opts = parseSimulateArgs([appDir, "--deploys", "2", "--web", ...rest]);
      const { exitCode, durations } = await simulate(opts);
      out(`\nDeploy times: ${durations.map((d, i) => `#${i + 1} ${(d / 1000).toFixed(1)}s`).join(", ")}\n`);
      return exitCode;
    }
    default:
      out(`${USAGE}\n`);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
