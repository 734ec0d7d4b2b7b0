// The README guides' `npm run simulate` commands, as written there: each one's options are those the local
// Heroku's command line takes, and together (two deploys, a strict-mode dyno start, the web dyno answering)
// they run for real, in one run to keep the suite lean. The guides' `heroku`/`dokku` commands need those
// platforms; what they do is what the local Heroku does in every other test (Dokku's flavour: dokku.test.ts).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { appSource, repoRoot } from "./helpers.js";

const GUIDES = readFileSync(`${repoRoot}/README.md`, "utf8").split("\n## Guides\n")[1]!.split("\n## ")[0]!;

/** Every `npm run simulate -- <app> OPTIONS` of the guides: its options. */
const COMMANDS = [...GUIDES.matchAll(/`npm run simulate -- <[^>]+> ([^`]*)`/g)].map((m) => m[1]!.trim().split(/\s+/));

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

describe("the README guides' commands", { timeout: 300_000 }, () => {
  it("name the options of the local Heroku's command line", () => {
    // The Dokku guide (strict-mode dynos) and the custom-stack guide (deploy twice and boot).
    expect(COMMANDS.map((c) => c.join(" "))).toEqual(["--deploys 2 --strict", "--deploys 2 --web"]);
    const usage = readFileSync(`${repoRoot}/test/heroku/cli.ts`, "utf8");
    for (const option of COMMANDS.flat().filter((word) => word.startsWith("--"))) expect(usage).toContain(`case "${option}":`);
  });

  it("deploy an app twice, the second time from the cache, and boot it in a strict-mode web dyno", async () => {
    const app = await appSource({
      ".python-version": "3.12\n",
      "requirements.txt": "six\n",
      Procfile: "web: python -m http.server $PORT\n",
      "index.html": "hello from the guides\n",
    });
    scratch.push(app);
    const options = [...new Set(COMMANDS.flat())];
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "simulate", "--", app, ...options], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toMatch(/=== deploy 1: exit 0 in /);
    expect(stdout).toMatch(/=== deploy 2: exit 0 in /);
    expect(stdout.split("=== deploy 2")[0]!.split("(deploy 2/2)")[1]).toMatch(/Reusing cached environment/);
    expect(stdout).toMatch(/=== web dyno \(strict\): python -m http\.server \$PORT ===/);
    expect(stdout).toMatch(/=== GET \/ -> 200 after [\d.]+s ===\nhello from the guides\n/);
  });
});
