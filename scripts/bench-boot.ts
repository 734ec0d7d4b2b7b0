/**
 * Benchmarks the dyno-boot relocation against the incumbent buildpack's `find | sed`, on synthetic
 * slugs, and the compile-time scan that writes the manifest.
 *
 *     node --import tsx scripts/bench-boot.ts [--runs 7] [--sizes 1500,15000,150000]
 *
 * Each slug has N files in site-packages (packages of 50 modules of ~2 KB). A fixed number of them
 * (--holders, default 15: what the reference app's two editable packages, its console scripts and
 * their dist-info leave) hold the build path, spread over `.pth`, PEP 660 finders,
 * `direct_url.json`, `RECORD` and console scripts: installing 10x or 100x more packages from an
 * index adds files, not build paths, so the manifest stays the same size while site-packages grows. Each timed run gets a fresh hard-linked copy of the slug (both
 * methods replace files by rename, so the template is never changed); the page cache is warm.
 * Both timings include starting bash, shown apart as "bash".
 * The incumbent rewrites only `.pth`, `.egg-link` and finder files; pyslug rewrites every
 * manifest file, so the two don't do the same work: the table says how many files each changed,
 * and also times pyslug's script on a manifest of only the incumbent's files (like for like).
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { BOOT_SCRIPT_PATH, bootScript } from "../src/relocation/boot-script.js";
import { writeManifest } from "../src/relocation/manifest.js";
import { scanTree } from "../src/relocation/scan.js";

const BUILD = "/tmp/build_8d2f1c0a9e7b4d6f";
const SP = ".heroku/python/lib/python3.13/site-packages";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Writes a synthetic slug of `files` site-packages files into `dir`. */
async function makeSlug(dir: string, files: number, holders: number): Promise<void> {
  const module = "import os\n\n" + "def f(x):\n    return os.path.join('a', str(x))\n\n".repeat(40);
  const every = Math.floor(files / holders);
  let written = 0;
  for (let i = 0; written < files; i++) {
    const pkg = path.join(dir, SP, `pkg${Math.floor(i / 50)}`);
    if (i % 50 === 0) await fs.ensureDir(pkg);
    if (i % every === 0) {
      const kind = (i / every) % 5;
      const text = [
        () => [`${SP}/__editable__.pkg${i}-1.0.pth`, `${BUILD}/src/pkg${i}\n`],
        () => [`${SP}/__editable___pkg${i}_1_0_finder.py`, `${module}MAPPING = {'pkg${i}': '${BUILD}/src/pkg${i}'}\n`],
        () => [`${SP}/pkg${i}-1.0.dist-info/direct_url.json`, `{"url": "file://${BUILD}/src/pkg${i}", "dir_info": {"editable": true}}`],
        () => [`${SP}/pkg${i}-1.0.dist-info/RECORD`, `../../../bin/pkg${i},sha256=x,100\n${BUILD}/.heroku/python/bin/pkg${i},,\n`],
        () => [`.heroku/python/bin/pkg${i}`, `#!${BUILD}/.heroku/python/bin/python3\nimport sys\n`],
      ][kind]!();
      await fs.outputFile(path.join(dir, text[0]!), text[1]!);
    } else {
      await fs.writeFile(path.join(pkg, `m${i}.py`), module);
    }
    written++;
  }
  await fs.outputFile(path.join(dir, SP, "distutils-precedence.pth"), "import os\n");
}

function timeBash(script: string, home: string): number {
  const started = process.hrtime.bigint();
  execFileSync("bash", ["--norc", "--noprofile", "-c", script], {
    cwd: home,
    env: { HOME: home, PATH: process.env["PATH"] },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function countHolding(home: string): number {
  const out = execFileSync("bash", ["-c", `grep -rlF --exclude-dir=pyslug -- ${JSON.stringify(BUILD)} .heroku | wc -l`], {
    cwd: home,
    encoding: "utf8",
  });
  return Number(out.trim());
}

async function main(): Promise<void> {
  const runs = Number(option("runs", "15"));
  const warmup = 3;
  const sizes = option("sizes", "1500,15000,150000").split(",").map(Number);
  const holders = Number(option("holders", "15"));
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-bench-"));
  const incumbent = `cd "$HOME" && find .heroku/python/lib/python*/site-packages/ -type f -and \\( -name '*.egg-link' -or -name '*.pth' -or -name '__editable___*_finder.py' \\) -exec sed -i -e 's#${BUILD}#/app#' {} \\+`;
  const pyslug = `set -eo pipefail; shopt -s nullglob; cd "$HOME"; source ${BOOT_SCRIPT_PATH}`;
  const rows: string[][] = [];
  try {
    for (const size of sizes) {
      const template = path.join(work, `slug-${size}`);
      await makeSlug(template, size, holders);
      const scanTimes: number[] = [];
      let manifest: string[] = [];
      for (let r = 0; r < Math.max(5, runs); r++) {
        const started = performance.now();
        manifest = (await scanTree([".heroku/python"], BUILD, { baseDir: template })).text;
        scanTimes.push(performance.now() - started);
      }
      await writeManifest(template, { buildDir: BUILD, files: manifest });
      await fs.outputFile(path.join(template, BOOT_SCRIPT_PATH), bootScript(BUILD));

      // Like for like: the same mechanism on only the files the incumbent rewrites.
      const sameFiles = path.join(work, `same-${size}`);
      execFileSync("cp", ["-al", template, sameFiles]);
      await fs.rm(path.join(sameFiles, ".heroku/pyslug"), { recursive: true });
      const incumbentNames = /(\.pth|\.egg-link|\/__editable___[^/]*_finder\.py)$/;
      await writeManifest(sameFiles, { buildDir: BUILD, files: manifest.filter((f) => f.startsWith(SP) && incumbentNames.test(f)) });

      const times = {
        bash: [] as number[],
        pyslug: [] as number[],
        incumbent: [] as number[],
        again: [] as number[],
        same: [] as number[],
      };
      const left = { pyslug: 0, incumbent: 0 };
      // The first runs pay for cold caches (page cache, dynamic loader): run and drop them.
      for (let r = 0; r < warmup + runs; r++) {
        for (const method of ["pyslug", "incumbent"] as const) {
          const copy = path.join(work, `run-${method}`);
          await fs.rm(copy, { recursive: true, force: true });
          execFileSync("cp", ["-al", template, copy]);
          times[method].push(timeBash(method === "pyslug" ? pyslug : incumbent, copy));
          if (method === "pyslug") times.again.push(timeBash(pyslug, copy)); // marker fast path
          if (r === 0) left[method] = countHolding(copy);
        }
        const copy = path.join(work, "run-same");
        await fs.rm(copy, { recursive: true, force: true });
        execFileSync("cp", ["-al", sameFiles, copy]);
        times.same.push(timeBash(pyslug, copy));
        times.bash.push(timeBash("true", work));
      }
      for (const samples of Object.values(times)) samples.splice(0, warmup);
      const holding = countHolding(template);
      const p = median(times.pyslug);
      const f = median(times.incumbent);
      rows.push([
        String(size),
        String(manifest.length),
        `${median(scanTimes).toFixed(0)}`,
        median(times.bash).toFixed(1),
        `${p.toFixed(1)} (${holding - left.pyslug} fixed)`,
        (p - median(times.bash)).toFixed(1),
        median(times.again).toFixed(1),
        median(times.same).toFixed(1),
        `${f.toFixed(1)} (${holding - left.incumbent} fixed)`,
        (f - median(times.bash)).toFixed(1),
        ((f - median(times.bash)) / Math.max(0.1, p - median(times.bash))).toFixed(1),
      ]);
      await fs.rm(template, { recursive: true, force: true });
      await fs.rm(sameFiles, { recursive: true, force: true });
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  const head = [
    "files",
    "manifest",
    "scan ms",
    "bash ms",
    "pyslug ms",
    "pyslug overhead ms",
    "2nd boot ms",
    "pyslug, incumbent's files ms",
    "find|sed ms",
    "find|sed overhead ms",
    "overhead ratio find|sed / pyslug",
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(
    `median of ${runs} runs (scan: median of ${Math.max(5, runs)}); ${holders} files hold the build path in every slug; "fixed" = files that held it and no longer do; "overhead" = minus starting bash`,
  );
  console.log(line(head));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

await main();
