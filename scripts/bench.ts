// npm run bench: the goals of pyslug's deploy speed, measured in one run on the local Heroku.
//
//     node --import tsx scripts/bench.ts [--rounds 3] [--flat-files 150000] [--no-boot]
//
// Each round measures, interleaved so that machine noise hits all of them alike:
// - the floors: `curl | sha256sum | zstd -d | tar -x` of the same Python runtime archive the build
//   downloads, the same for the Node.js archive (the format the build downloads), and fetching + unzipping the pinned pip wheel;
// - the reference app (test/fixtures/apps/bench-reference): a first deploy (empty cache), an
//   unchanged deploy, and one with a dependency added; the shares come from pyslug's `Done in` line;
// - an unchanged deploy of the same app with a package of --flat-files files installed (goals 4, 5);
// - two floors that aren't goals' but show what bounds them: Node.js's own start (`node -e 0`, the
//   kept binary; goal 2's start-up), and one hard link per file of the flat app's cached tree (goal 4).
// Then prints each goal's ratio with its target and PASS/FAIL (medians of the rounds), and runs the
// dyno-boot relocation benchmark (scripts/bench-boot.ts) unless --no-boot.
import { spawn, spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { configureForArtifactServer, createApp, startArtifactServer, type App } from "../test/heroku/index.js";
import { inventoryPip } from "../test/heroku/inventory.js";

const root = path.resolve(import.meta.dirname, "..");
const reference = path.join(root, "test", "fixtures", "apps", "bench-reference");
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const rounds = Number(option("rounds", "3"));
const flatFiles = Number(option("flat-files", "150000"));
const ADDED = "six";
const BULK = "pyslug-bench-bulk";
/** Builds as users get them: without the test platform's check of the manifest against a full scan. */
const MEASURED = { PYSLUG_VERIFY_MANIFEST: "0", PYSLUG_VERIFY_CACHE: "0" };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)}s`;

/** The shares pyslug's last line reports, in ms (memory in MB). */
interface Shares {
  /** pyslug's own time, from the shim's start to its Done line (the platform's work around it left out). */
  total: number;
  /** The local Heroku's wall time of the whole deploy (detect to release, its own copying and chown included). */
  wall?: number;
  node?: number;
  runtime?: number;
  dependencies?: number;
  pip?: number;
  relocation?: number;
  restore?: number;
  save?: number;
  memoryMb?: number;
}

function parseDone(output: string): Shares {
  const line = /-----> Done in ([\d.]+)s(?: \((.*)\))?/.exec(output);
  if (!line) throw new Error(`no "Done in" line in the build output:\n${output}`);
  const detail = line[2] ?? "";
  const ms = (label: string) => {
    const m = new RegExp(`${label} ([\\d.]+)s`).exec(detail);
    return m ? Number(m[1]) * 1000 : undefined;
  };
  const memory = /peak memory (\d+) MB/.exec(detail);
  return {
    total: Number(line[1]) * 1000,
    node: ms("Node\\.js start-up"),
    runtime: ms("Python runtime"),
    dependencies: ms("dependencies"),
    pip: ms("pip bootstrap"),
    relocation: ms("recording build paths"),
    restore: ms("cache restore"),
    save: ms("cache save"),
    memoryMb: memory ? Number(memory[1]) : undefined,
  };
}

/** Wall time of a command, in ms. Asynchronous: the artifact server lives in this process. */
async function timeCommand(file: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(file, args, { stdio: ["ignore", "ignore", "inherit"] });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (status !== 0) throw new Error(`floor command failed (${status}): ${[file, ...args].join(" ")}`);
  return performance.now() - started;
}

/** Wall time of a bash pipeline (pipefail), in ms. */
const timeBash = (script: string) => timeCommand("bash", ["-o", "pipefail", "-c", script]);

/** A wheel of `files` small modules (packages of 50), made with the host's Python. */
function makeBulkWheel(dir: string, files: number): string {
  const wheel = path.join(dir, `${BULK.replace(/-/g, "_")}-1.0-py3-none-any.whl`);
  const script = `
import base64, hashlib, sys, zipfile
path, files = sys.argv[1], int(sys.argv[2])
info = "pyslug_bench_bulk-1.0.dist-info"
record = []
def add(z, name, data):
    z.writestr(name, data)
    h = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    record.append("%s,sha256=%s,%d" % (name, h, len(data)))
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    for i in range(files - 3):
        add(z, "bulk_%d/m%d.py" % (i // 50, i), b"VALUE = %d\\n" % i)
    add(z, info + "/METADATA", b"Metadata-Version: 2.1\\nName: ${BULK}\\nVersion: 1.0\\n")
    add(z, info + "/WHEEL", b"Wheel-Version: 1.0\\nGenerator: pyslug-bench\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    record.append(info + "/RECORD,,")
    z.writestr(info + "/RECORD", "\\n".join(record) + "\\n")
`;
  const result = spawnSync("python3", ["-c", script, wheel, String(files)], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("could not make the bulk wheel");
  return wheel;
}

const server = await startArtifactServer({ pythonVersions: ["3.11"] });
// editables: hatchling's editable builds ask for it (a build requirement, not a dependency of hatchling).
await server.ensureDownloaded(["flask", "gunicorn", "hatchling", "setuptools", "editables", ADDED], "3.11");
const work = await mkdtemp(path.join(tmpdir(), "pyslug-bench-"));
const apps: App[] = [];

interface Round {
  floors: { runtime: number; node: number; pip: number };
  cold: Shares;
  unchanged: Shares;
  added: Shares;
  flat?: Shares;
  /** `node -e 0` with the kept Node.js binary, in ms. */
  nodeBare: number;
  /** `cp -a --link` of the flat app's cached Python tree, in ms (same filesystem). */
  links?: number;
}
const results: Round[] = [];
let flatCold: Shares | undefined;

const deploy = async (app: App, source: string, what: string): Promise<Shares> => {
  const result = await app.deploy({ source });
  if (result.exitCode !== 0) throw new Error(`${what} deploy failed:\n${result.output}`);
  return { ...parseDone(result.output), wall: result.durationMs };
};

try {
  // The app of goals 4 and 5: the reference app plus one package of flatFiles files, deployed once.
  let flat: { app: App; source: string } | undefined;
  if (flatFiles > 0) {
    const wheel = makeBulkWheel(work, flatFiles);
    server.addPackages([wheel]);
    const source = path.join(work, "flat-source");
    await cp(reference, source, { recursive: true });
    await writeFile(path.join(source, "requirements.txt"), `${await readFile(path.join(source, "requirements.txt"), "utf8")}${BULK}\n`);
    const app = await createApp({ name: "bench-flat", buildEnv: MEASURED });
    apps.push(app);
    configureForArtifactServer(app, server);
    flatCold = await deploy(app, source, `first (${flatFiles} files)`);
    console.log(`app with ${flatFiles} more files: first deploy ${secs(flatCold.total)} (peak memory ${flatCold.memoryMb ?? "?"} MB)`);
    flat = { app, source };
  }

  for (let round = 1; round <= rounds; round++) {
    const source = path.join(work, `source-${round}`);
    await cp(reference, source, { recursive: true });
    const app = await createApp({ name: `bench-${round}`, buildEnv: MEASURED });
    apps.push(app);
    configureForArtifactServer(app, server);
    const cold = await deploy(app, source, "first");
    const python = /Installing Python (\d+\.\d+\.\d+)/.exec(app.releases.at(-1)!.output)?.[1];
    if (!python) throw new Error("the first deploy didn't say which Python it installed");

    const scratch = path.join(work, `floor-${round}`);
    const pipWheel = `pip-${inventoryPip()}-py3-none-any.whl`;
    const floors = {
      runtime: await timeBash(
        `mkdir -p ${scratch}/python && curl -fsS ${server.pythonUrl(python)} | tee >(sha256sum >/dev/null) | zstd -dq | tar -x -C ${scratch}/python`,
      ),
      node: await timeBash(
        `mkdir -p ${scratch}/node && curl -fsS ${server.nodeArchive.url} | tee >(sha256sum >/dev/null) | ${server.nodeArchive.url.endsWith(".tar.xz") ? "xz -dc -T0" : "gzip -dc"} | tar -x -C ${scratch}/node`,
      ),
      pip: await timeBash(
        `mkdir -p ${scratch}/pip && curl -fsS ${server.url}/files/${pipWheel} -o ${scratch}/${pipWheel} && sha256sum ${scratch}/${pipWheel} >/dev/null && python3 -m zipfile -e ${scratch}/${pipWheel} ${scratch}/pip`,
      ),
    };
    await rm(scratch, { recursive: true, force: true });

    const unchanged = await deploy(app, source, "unchanged");
    const nodeBare = await timeCommand(path.join(app.cacheDir, "pyslug", "node", "node"), ["-e", "0"]);
    const requirements = path.join(source, "requirements.txt");
    await writeFile(requirements, `${await readFile(requirements, "utf8")}${ADDED}\n`);
    const added = await deploy(app, source, "one dependency added");
    const web = await app.bootWeb({});
    if (web.status !== 200) throw new Error(`the reference app didn't answer: ${web.output}`);
    const flatUnchanged = flat ? await deploy(flat.app, flat.source, `unchanged (${flatFiles} files)`) : undefined;
    let links: number | undefined;
    if (flat) {
      const copy = path.join(work, `links-${round}`);
      links = await timeCommand("cp", ["-a", "--link", path.join(flat.app.cacheDir, "pyslug", "python", "content"), copy]);
      await rm(copy, { recursive: true, force: true });
    }
    results.push({ floors, cold, unchanged, added, flat: flatUnchanged, nodeBare, links });
    console.log(
      `round ${round} (pyslug's own times): first ${secs(cold.total)}, unchanged ${secs(unchanged.total)}, one dependency added ${secs(added.total)}` +
        (flatUnchanged ? `, unchanged with ${flatFiles} more files ${secs(flatUnchanged.total)}` : "") +
        `; floors: runtime ${secs(floors.runtime)}, Node ${secs(floors.node)}, pip ${secs(floors.pip)}`,
    );
    await app.dispose();
    apps.splice(apps.indexOf(app), 1);
  }
} finally {
  for (const app of apps) await app.dispose();
  await server.close();
  await rm(work, { recursive: true, force: true });
}

const m = (pick: (r: Round) => number | undefined): number => {
  const values = results.map(pick).filter((v): v is number => v !== undefined);
  return values.length ? median(values) : NaN;
};
const cold = m((r) => r.cold.total);
const unchanged = m((r) => r.unchanged.total);
const added = m((r) => r.added.total);
const floor = { runtime: m((r) => r.floors.runtime), node: m((r) => r.floors.node), pip: m((r) => r.floors.pip) };

console.log(
  `\nMedians of ${rounds} rounds${rounds < 3 ? " (fewer than 3: not a measurement of the goals)" : ""}. ` +
    "Times are pyslug's own (its Done line, from the shim's start); the local Heroku's wall time around them (copying the source, chown, du) is shown apart and counts for no goal.",
);
console.log(
  "| deploy of the reference app | pyslug | platform wall | Node start-up | Python runtime | dependencies | of which pip bootstrap | recording build paths | cache restore | cache save | peak memory |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [label, pick] of [
  ["first (empty cache)", (r: Round) => r.cold],
  ["unchanged", (r: Round) => r.unchanged],
  [`one dependency added (${ADDED})`, (r: Round) => r.added],
  ...(flatFiles > 0 ? [[`unchanged, ${flatFiles} more files`, (r: Round) => r.flat!] as const] : []),
] as const) {
  const cell = (f: (s: Shares) => number | undefined) => {
    const v = m((r) => f(pick(r)));
    return Number.isNaN(v) ? "-" : secs(v);
  };
  const mem = m((r) => pick(r).memoryMb);
  console.log(
    `| ${label} | ${cell((s) => s.total)} | ${cell((s) => s.wall)} | ${cell((s) => s.node)} | ${cell((s) => s.runtime)} | ${cell((s) => s.dependencies)} | ${cell((s) => s.pip)} | ${cell((s) => s.relocation)} | ${cell((s) => s.restore)} | ${cell((s) => s.save)} | ${Number.isNaN(mem) ? "-" : `${mem} MB`} |`,
  );
}
console.log(`Floors: Python runtime ${secs(floor.runtime)}, Node.js ${secs(floor.node)}, pip wheel fetch + unzip ${secs(floor.pip)}`);
console.log(
  `Node start-up from an empty cache ${secs(m((r) => r.cold.node))} against its floor ${secs(floor.node)} ` +
    "(the shim stops decompressing at bin/node; its start-up also counts Node's own start and loading the compile program)",
);
console.log(
  `Node start-up from the cache ${secs(m((r) => r.unchanged.node))} against Node.js's own start (node -e 0) ${secs(m((r) => r.nodeBare))} ` +
    "(the rest: the shim, and loading the compile program, while the shim copies the cached tree)",
);
if (flatFiles > 0) {
  const links = m((r) => r.links);
  console.log(
    `Hard links of the flat app's cached tree (cp -a --link) ${secs(links)}, ${(links / unchanged).toFixed(1)} × the unchanged reference deploy: ` +
      "a build ends with its tree both in BUILD_DIR (the slug) and in CACHE_DIR (the next build), so each of its files takes at least one link",
  );
}
const floorSum = floor.runtime + floor.node + floor.pip;
console.log(
  `First deploy ${secs(cold)} against the sum of its floors ${secs(floorSum)} (the rest: installing the app's dependencies, recording paths, saving the cache)`,
);

const goals: { goal: string; what: string; value: number; shown: string; target: string; pass: boolean }[] = [];
const ratio = (goal: string, what: string, value: number, max: number, strict = false) =>
  goals.push({
    goal,
    what,
    value,
    shown: value.toFixed(3),
    target: `${strict ? "<" : "≤"} ${max}`,
    pass: strict ? value < max : value <= max,
  });
const absolute = (goal: string, what: string, ms: number, maxMs: number) =>
  goals.push({ goal, what, value: ms, shown: secs(ms), target: `≤ ${secs(maxMs)}`, pass: ms <= maxMs });

ratio("1", "Python runtime step ÷ curl|sha256sum|zstd -d|tar -x", m((r) => r.cold.runtime) / floor.runtime, 1.3);
absolute(
  "1",
  "pip bootstrap (first deploy)",
  m((r) => r.cold.pip),
  1000,
);
absolute(
  "1",
  "Node start-up, empty cache",
  m((r) => r.cold.node),
  1500,
);
ratio("2", "unchanged ÷ first deploy", unchanged / cold, 0.05);
absolute(
  "2",
  "Node start-up from the cache",
  m((r) => r.unchanged.node),
  150,
);
ratio("3", "one dependency added ÷ first deploy", added / cold, 0.2);
if (flatFiles > 0) {
  ratio("4", `unchanged with ${flatFiles} more files ÷ unchanged reference`, m((r) => r.flat?.total) / unchanged, 1.5, true);
  const peak = Math.max(flatCold?.memoryMb ?? 0, ...results.map((r) => r.flat?.memoryMb ?? 0));
  goals.push({
    goal: "5",
    what: `compile's peak RSS with ${flatFiles} more files`,
    value: peak,
    shown: `${peak} MB`,
    target: "< 250 MB",
    pass: peak < 250,
  });
}
console.log("\n| goal | measure | value | target | result |");
console.log("| --- | --- | --- | --- | --- |");
for (const g of goals)
  console.log(`| ${g.goal} | ${g.what} | ${Number.isNaN(g.value) ? "-" : g.shown} | ${g.target} | ${g.pass ? "PASS" : "FAIL"} |`);

if (!process.argv.includes("--no-boot")) {
  console.log("\nDyno boot: relocation by manifest vs the incumbent's find | sed");
  const boot = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "bench-boot.ts")], {
    stdio: "inherit",
    cwd: root,
  });
  console.log("\nDyno boot: the defaults script (WEB_CONCURRENCY, DYNO_RAM, ...)");
  const defaults = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "bench-defaults.ts")], {
    stdio: "inherit",
    cwd: root,
  });
  process.exitCode = boot.status || defaults.status || 0;
}
