// npm run bench: deploy times of the reference app on the local Heroku (cold, unchanged, one
// dependency added), then the dyno-boot relocation benchmark (scripts/bench-boot.ts).
// Prints wall times and ratios to the cold build; the median of --rounds rounds (default 3).
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { configureForArtifactServer, createApp, startArtifactServer } from "../test/heroku/index.js";

const root = path.resolve(import.meta.dirname, "..");
const reference = path.join(root, "test", "fixtures", "apps", "bench-reference");
const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
const ADDED = "six";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)}s`;

const server = await startArtifactServer({ pythonVersions: ["3.11"] });
await server.ensureDownloaded(["flask", "gunicorn", "hatchling", "setuptools", ADDED], "3.11");
const results: { cold: number; unchanged: number; added: number }[] = [];
try {
  for (let round = 1; round <= rounds; round++) {
    const source = await mkdtemp(path.join(tmpdir(), "pyslug-bench-"));
    await cp(reference, source, { recursive: true });
    const app = await createApp({ name: `bench-${round}` });
    configureForArtifactServer(app, server);
    try {
      const deploy = async (what: string) => {
        const result = await app.deploy({ source });
        if (result.exitCode !== 0) throw new Error(`${what} deploy failed:\n${result.output}`);
        return result.durationMs;
      };
      const cold = await deploy("cold");
      const unchanged = await deploy("unchanged");
      const requirements = path.join(source, "requirements.txt");
      await writeFile(requirements, `${await readFile(requirements, "utf8")}${ADDED}\n`);
      const added = await deploy("one dependency added");
      const web = await app.bootWeb({});
      if (web.status !== 200) throw new Error(`the reference app didn't answer: ${web.output}`);
      results.push({ cold, unchanged, added });
      console.log(`round ${round}: cold ${secs(cold)}, unchanged ${secs(unchanged)}, one dependency added ${secs(added)}`);
    } finally {
      await app.dispose();
      await rm(source, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}

const cold = median(results.map((r) => r.cold));
const unchanged = median(results.map((r) => r.unchanged));
const added = median(results.map((r) => r.added));
console.log("\nDeploys of test/fixtures/apps/bench-reference (Flask + gunicorn + two editable local packages), median of", rounds);
console.log("| build | wall time | ratio to cold | target |");
console.log("| --- | --- | --- | --- |");
console.log(`| cold (empty cache) | ${secs(cold)} | 1.00 | |`);
console.log(`| unchanged | ${secs(unchanged)} | ${(unchanged / cold).toFixed(3)} | ≤ 0.15 |`);
console.log(`| one dependency added (${ADDED}) | ${secs(added)} | ${(added / cold).toFixed(3)} | ≤ 0.40 |`);

console.log("\nDyno boot: relocation by manifest vs the incumbent's find | sed");
const boot = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "bench-boot.ts")], { stdio: "inherit", cwd: root });
process.exitCode = boot.status ?? 1;
