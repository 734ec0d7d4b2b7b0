// Small helpers shared by the integration tests: throwaway app sources and assertions on build logs.
import { mkdtemp, mkdir, readFile, writeFile, cp, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import {
  configureForArtifactServer,
  createApp,
  type App,
  type AppOptions,
  type ArtifactServer,
  type DeployResult,
} from "../heroku/index.js";
import { run } from "../heroku/shell.js";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const fixture = (name: string) => path.join(repoRoot, "test", "fixtures", "apps", name);

/** Writes an app source tree from a map of relative path → content (executable when the path is under bin/). */
export async function appSource(files: Record<string, string>, base?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pyslug-src-"));
  if (base) await cp(base, dir, { recursive: true });
  await writeFiles(dir, files);
  return dir;
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    if (rel.startsWith("bin/")) await chmod(file, 0o755);
  }
}

/** The build succeeded; on failure the assertion shows the whole log. */
export function expectSuccess(result: DeployResult): void {
  expect(result.exitCode, result.output).toBe(0);
}

/** The build failed with pyslug's error format: exit 1, the message, no stack trace of pyslug's own. */
export function expectBuildError(result: DeployResult, message: RegExp): void {
  expect(result.exitCode, result.output).toBe(1);
  expect(result.output).toMatch(message);
  expect(result.output).toMatch(/ ! {5}Error: /);
  expect(result.output).not.toMatch(/bug in pyslug|Traceback \(most recent call last\)|\n\s+at .*\.(m?js|ts):\d+/);
}

/**
 * A secret (an index password) is nowhere a build leaves things: not in its log, its slug, the
 * `export` file later buildpacks source, nor anywhere in the app's cache (host-side `grep -rla`,
 * text or binary).
 */
export async function expectSecretNowhere(app: App, result: DeployResult, secret: string): Promise<void> {
  expect(result.output).not.toContain(secret);
  const exported = await readFile(path.join(result.buildpackDirs[0]!, "export"), "utf8").catch(() => "");
  expect(exported).not.toContain(secret);
  for (const dir of [result.slugDir, app.cacheDir]) {
    const grep = await run("grep", ["-rla", "--", secret, dir]);
    expect(grep.exitCode, grep.output).not.toBe(2);
    expect(grep.stdout.split("\n").filter(Boolean), `files holding the secret under ${dir}`).toEqual([]);
  }
}

/** Apps configured for one artifact server, disposed together at the end of a test file. */
export class AppPool {
  private readonly apps: App[] = [];

  constructor(private readonly server: () => ArtifactServer) {}

  async create(name: string, options: Omit<AppOptions, "name"> = {}): Promise<App> {
    const app = await createApp({ name, ...options });
    configureForArtifactServer(app, this.server());
    this.apps.push(app);
    return app;
  }

  async dispose(): Promise<void> {
    for (const app of this.apps.splice(0)) await app.dispose();
  }
}

/** Normalised names (PEP 503) in `python -m pip list` of the app's current slug, run in a one-off dyno. */
export async function slugPipList(app: App): Promise<string[]> {
  const res = await app.run("python -m pip list --format=freeze --disable-pip-version-check");
  expect(res.exitCode, res.output).toBe(0);
  return res.stdout
    .split("\n")
    .map((l) =>
      l
        .split(/==| @ /)[0]!
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, "-"),
    )
    .filter(Boolean);
}
