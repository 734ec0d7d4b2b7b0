/**
 * What .profile.d/pyslug-defaults.sh adds to dyno boot: bash sources it N times in strict mode
 * (herokuish's `set -eo pipefail` and nullglob), against an empty script, CPU time per source.
 *
 *     node --import tsx scripts/bench-defaults.ts [--runs 2000]
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { dynoDefaultsScript } from "../src/steps/dyno-defaults.js";

const at = process.argv.indexOf("--runs");
const runs = at >= 0 ? Number(process.argv[at + 1]) : 2000;
const TARGET_MS = 3;

/** CPU time (user + system) of bash per source, in microseconds: unlike wall time, it doesn't grow with the machine's load. */
function perSourceUs(script: string, home: string): number {
  const loop = `set -eo pipefail; shopt -s nullglob; for ((i = 0; i < ${runs}; i++)); do unset WEB_CONCURRENCY WEB_CONCURRENCY_SET_BY; source ${JSON.stringify(script)}; done; times`;
  const out = execFileSync("bash", ["--norc", "--noprofile", "-c", loop], {
    env: { HOME: home, PATH: process.env["PATH"], DYNO: "worker.1" },
    encoding: "utf8",
  });
  // `times`: "0m1.234s 0m0.056s" (user, system of the shell) on its first line.
  const [user = 0, system = 0] = [...out.split("\n")[0]!.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return ((user + system) * 1e6) / runs;
}

const work = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-bench-defaults-"));
try {
  const script = path.join(work, "pyslug-defaults.sh");
  const empty = path.join(work, "empty.sh");
  await fs.writeFile(script, dynoDefaultsScript());
  await fs.writeFile(empty, "");
  const samples: number[] = [];
  for (let r = 0; r < 5; r++) samples.push(perSourceUs(script, work) - perSourceUs(empty, work));
  const median = [...samples].sort((a, b) => a - b)[2]!;
  console.log(
    `.profile.d/pyslug-defaults.sh: ${(median / 1000).toFixed(3)} ms per dyno boot (CPU time, median of 5 x ${runs} sources, minus an empty script; load ${os.loadavg()[0]!.toFixed(1)}) ` +
      `${median / 1000 <= TARGET_MS ? "PASS" : "FAIL"} (target <= ${TARGET_MS} ms)`,
  );
} finally {
  await fs.rm(work, { recursive: true, force: true });
}
