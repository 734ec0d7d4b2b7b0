// Incremental installs (issue 11, goal 3): 20 random edits of a requirements.txt and the file it
// includes (add, remove, pin, unpin, move between the files), deployed one after another on the
// local Heroku. After each, the slug's installed set must equal what a fresh pip install of the same
// files picks, and the cache metadata must say which way the environment was made.
// The edits come from a seeded PRNG: the seed is printed; PYSLUG_REPLAY_SEED replays one.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { pyenvPrefix, resolveLocalPython } from "../heroku/python-archive.js";
import { run } from "../heroku/shell.js";
import { AppPool, appSource, expectSuccess } from "./helpers.js";

const PYTHON = "3.12";
const EDITS = 20;
const SEED = Number(process.env["PYSLUG_REPLAY_SEED"] ?? Math.floor(Math.random() * 2 ** 31));

let server: ArtifactServer;
const pool = new AppPool(() => server);
let scratch: string;
let python: string;

/** Test-only packages: each in three versions, some versions requiring others (with bounds), so pins move what is picked. */
const DEPENDS: Record<string, Record<string, string[]>> = {
  "inc-alpha": { "1.0": ["inc-beta"], "1.1": ["inc-beta"], "2.0": ["inc-beta>=1.1"] },
  "inc-beta": { "1.0": [], "1.1": [], "2.0": ["inc-eps"] },
  "inc-gamma": { "1.0": ["inc-delta"], "1.1": ["inc-delta"], "2.0": ["inc-delta<2"] },
  "inc-delta": { "1.0": [], "1.1": ["inc-eps<2"], "2.0": [] },
  "inc-eps": { "1.0": [], "1.1": [], "2.0": [] },
  "inc-zeta": { "1.0": [], "1.1": ["inc-alpha<2"], "2.0": ["inc-gamma"] },
};
const NAMES = Object.keys(DEPENDS);
const FILES = ["requirements.txt", "requirements/base.txt"] as const;

/** One requirement line of the app: which file it is in and its version specifier ("" when unpinned). */
interface Line {
  file: (typeof FILES)[number];
  spec: string;
}
type Spec = Map<string, Line>;
type Edit = "add" | "remove" | "pin" | "unpin" | "move";

/** mulberry32: small, seeded, good enough to pick edits. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The app's own package, installed editable, requiring one of the test packages: it stays as installed, never rebuilt. */
const LOCAL = {
  "local/pyproject.toml":
    '[build-system]\nrequires = ["flit_core>=3.4"]\nbuild-backend = "flit_core.buildapi"\n\n' +
    '[project]\nname = "inc-local"\nversion = "0.1"\ndescription = "the app\'s own package"\ndependencies = ["inc-eps>=1.1"]\n',
  "local/inc_local/__init__.py": "",
};
let localWheel: string;

/** The app's files; `asFresh`: the oracle's copy, which takes the app's package as its built wheel (by name, --find-links). */
function files(spec: Spec, asFresh = false): Record<string, string> {
  const lines = (file: string) =>
    [...spec]
      .filter(([, l]) => l.file === file)
      .map(([name, l]) => `${name}${l.spec}\n`)
      .join("");
  return {
    ...(asFresh ? {} : LOCAL),
    ".python-version": `${PYTHON}\n`,
    "requirements.txt": `-r requirements/base.txt\n${asFresh ? `inc-local @ file://${localWheel}` : "-e ./local"}\n${lines("requirements.txt")}`,
    "requirements/base.txt": `# the shared part\n${lines("requirements/base.txt")}`,
  };
}

/** A random edit that applies to `spec` (the caller checks a fresh install can satisfy it). */
function randomEdit(spec: Spec, random: () => number): { edit: Edit; name: string; next: Spec } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const present = [...spec.keys()];
  const absent = NAMES.filter((n) => !spec.has(n));
  const possible: Edit[] = [];
  if (absent.length) possible.push("add", "add");
  if (present.length > 1) possible.push("remove");
  if (present.some((n) => spec.get(n)!.spec === "")) possible.push("pin");
  if (present.some((n) => spec.get(n)!.spec !== "")) possible.push("unpin");
  if (present.length) possible.push("move");
  const edit = pick(possible);
  const next: Spec = new Map([...spec].map(([n, l]) => [n, { ...l }]));
  const bound = () => pick(["==1.0", "==1.1", "==2.0", "<2", ">=1.1"]);
  let name: string;
  switch (edit) {
    case "add":
      name = pick(absent);
      next.set(name, { file: pick(FILES), spec: random() < 0.5 ? "" : bound() });
      break;
    case "remove":
      name = pick(present);
      next.delete(name);
      break;
    case "pin":
      name = pick(present.filter((n) => spec.get(n)!.spec === ""));
      next.get(name)!.spec = bound();
      break;
    case "unpin":
      name = pick(present.filter((n) => spec.get(n)!.spec !== ""));
      next.get(name)!.spec = "";
      break;
    case "move":
      name = pick(present);
      next.get(name)!.file = FILES.find((f) => f !== spec.get(name)!.file)!;
      break;
  }
  return { edit, name, next };
}

/** What a fresh `pip install -r requirements.txt` of these files picks from the test index (name==version, sorted); undefined if pip can't. */
async function freshInstall(spec: Spec): Promise<string[] | undefined> {
  const dir = await fs.mkdtemp(path.join(scratch, "fresh-"));
  for (const [rel, text] of Object.entries(files(spec, true))) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  const report = path.join(dir, "report.json");
  const res = await run(
    python,
    [
      "-m",
      "pip",
      "install",
      "--dry-run",
      "--ignore-installed",
      "--quiet",
      "--disable-pip-version-check",
      "--report",
      report,
      "--index-url",
      server.indexUrl,
      "--cache-dir",
      path.join(scratch, "pip-cache"),
      "-r",
      "requirements.txt",
    ],
    { cwd: dir },
  );
  if (res.exitCode !== 0) {
    if (!/ResolutionImpossible|conflicting dependencies/.test(res.output)) throw new Error(`the fresh install failed:\n${res.output}`);
    return undefined;
  }
  const parsed = JSON.parse(await fs.readFile(report, "utf8")) as { install: { metadata: { name: string; version: string } }[] };
  return parsed.install.map((i) => `${normalize(i.metadata.name)}==${i.metadata.version}`).sort();
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The slug's installed distributions (name==version, sorted), pyslug's pip left out, from the dist-info directories. */
async function installedSet(slugDir: string): Promise<string[]> {
  const site = path.join(slugDir, ".heroku", "python", "lib", `python${PYTHON}`, "site-packages");
  const found: string[] = [];
  for (const entry of await fs.readdir(site)) {
    const m = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
    if (!m) continue;
    const name = normalize(m[1]!);
    if (name !== "pip") found.push(`${name}==${m[2]}`);
  }
  return found.sort();
}

/** How the build made its environment, from the cache's metadata (not the log's wording). */
async function environmentMade(cacheDir: string): Promise<string | undefined> {
  const metadata = JSON.parse(await fs.readFile(path.join(cacheDir, "pyslug", "python", "metadata.json"), "utf8")) as {
    environment?: { made?: string; exact?: boolean };
  };
  expect(metadata.environment?.exact).toBe(true);
  return metadata.environment?.made;
}

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-replay-"));
  const local = await resolveLocalPython(PYTHON);
  if (!local) throw new Error(`no local CPython ${PYTHON}`);
  python = path.join(pyenvPrefix(local), "bin", "python3");
  const wheels = path.join(scratch, "wheels");
  await fs.mkdir(wheels);
  const make = `import json, sys, zipfile
out, packages = sys.argv[1], json.loads(sys.argv[2])
for name, versions in packages.items():
    module = name.replace("-", "_")
    for version, requires in versions.items():
        info = f"{module}-{version}.dist-info"
        with zipfile.ZipFile(f"{out}/{module}-{version}-py3-none-any.whl", "w") as w:
            w.writestr(f"{module}/__init__.py", f"VERSION = {version!r}\\n")
            w.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\\nName: " + name + "\\nVersion: " + version + "\\n" + "".join(f"Requires-Dist: {r}\\n" for r in requires))
            w.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\\nGenerator: pyslug-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
            w.writestr(f"{info}/RECORD", "")
`;
  const made = await run(python, ["-c", make, wheels, JSON.stringify(DEPENDS)]);
  expect(made.exitCode, made.output).toBe(0);
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  server.addPackages((await fs.readdir(wheels)).map((f) => path.join(wheels, f)));
  await server.ensureDownloaded(["flit_core"], PYTHON);
  const localWheels = path.join(scratch, "local-wheels");
  const localSource = path.join(scratch, "local-source");
  for (const [rel, text] of Object.entries(LOCAL)) {
    await fs.mkdir(path.dirname(path.join(localSource, rel)), { recursive: true });
    await fs.writeFile(path.join(localSource, rel), text);
  }
  const built = await run(python, [
    "-m",
    "pip",
    "wheel",
    "--no-deps",
    "--quiet",
    "--disable-pip-version-check",
    "--index-url",
    server.indexUrl,
    "--cache-dir",
    path.join(scratch, "pip-cache"),
    "-w",
    localWheels,
    path.join(localSource, "local"),
  ]);
  expect(built.exitCode, built.output).toBe(0);
  const [wheel] = await fs.readdir(localWheels);
  expect(wheel).toMatch(/^inc_local-0\.1-.*\.whl$/);
  localWheel = path.join(localWheels, wheel!);
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

describe(`replaying ${EDITS} random edits of requirements.txt and its include (seed ${SEED}, PYSLUG_REPLAY_SEED to replay)`, () => {
  it("after each deploy the installed set is what a fresh install picks, updated in place", async () => {
    console.log(`incremental replay: seed ${SEED}`);
    const random = prng(SEED);
    const app: App = await pool.create("replay");
    let spec: Spec = new Map([
      ["inc-alpha", { file: "requirements/base.txt", spec: "" }],
      ["inc-gamma", { file: "requirements.txt", spec: "" }],
    ]);
    const deploy = async (label: string, expected: string[] | undefined) => {
      expect(expected, `${label}: a fresh install is possible`).toBeDefined();
      const result = await app.deploy({ source: await appSource(files(spec)) });
      expectSuccess(result);
      expect(await installedSet(result.slugDir), `${label}\n${JSON.stringify(files(spec))}\n${result.output}`).toEqual(expected);
      return { result, made: await environmentMade(result.cacheDir) };
    };
    const first = await deploy("first deploy", await freshInstall(spec));
    expect(first.made).toBe("new");
    console.log(`first deploy in ${(first.result.durationMs / 1000).toFixed(1)} s`);
    const made: Record<string, number> = {};
    for (let i = 1; i <= EDITS; i++) {
      // An edit a fresh install can't satisfy (conflicting bounds) is no test of the cache: draw another.
      let drawn = randomEdit(spec, random);
      let expected = await freshInstall(drawn.next);
      while (expected === undefined) {
        drawn = randomEdit(spec, random);
        expected = await freshInstall(drawn.next);
      }
      const { edit, name, next } = drawn;
      const label = `edit ${i}: ${edit} ${name} (seed ${SEED})`;
      spec = next;
      const { result, made: how } = await deploy(label, expected);
      made[how ?? "?"] = (made[how ?? "?"] ?? 0) + 1;
      console.log(`${label}: ${how} in ${(result.durationMs / 1000).toFixed(1)} s`);
      // Every edit of named requirements is installed in place, whatever it is.
      expect(how, label).toBe("incremental");
      expect(result.output, label).toMatch(/Updating cached environment in place: [^\n]*requirements[^\n]* changed/);
      // The previous build checked site-packages, and nothing has touched it since: its report stands in for a new one.
      expect(result.output, label).toContain("Installed packages as the cached build checked them (site-packages lists the same)");
      expect(result.output, label).toMatch(
        /Every package a fresh install picks is installed|Installing what a fresh install picks differently: /,
      );
    }
    console.log(`incremental replay: seed ${SEED}, environments made ${JSON.stringify(made)}`);
  }, 600_000);
});
