import os from "node:os";
import path from "node:path";
import fg from "fast-glob";
import fs from "fs-extra";
import { CACHE_FORMAT } from "../cache/cache-part.js";
import { environmentChanges, type EnvironmentMetadata, type PythonTree, type SavedEnvironment } from "../cache/python-tree.js";
import { pythonHome, type BuildContext } from "../context.js";
import type { IndexConfig } from "../dependencies/index-config.js";
import type { DependencyPlan } from "../dependencies/plan.js";
import { legacyEggLinks, localPackageDigest } from "../dependencies/local-packages.js";
import { pip, type PipRun } from "../dependencies/pip-runner.js";
import { bootstrapPip } from "../dependencies/pip-bootstrap.js";
import type { Platform } from "../support/platform.js";
import { runPython } from "../runtime/python-runtime.js";

/** Why a saved environment can't be reused (empty: it can). */
function reasonsToDiscard(saved: SavedEnvironment, wanted: EnvironmentMetadata, plan: DependencyPlan): string[] {
  if (saved.kind === "none") return ["the cache has no environment"];
  if (saved.kind === "corrupt") return [saved.reason];
  const changed = environmentChanges(saved.metadata, wanted);
  const reasons = changed.map((c) => c.reason);
  // Another package manager's snapshot means nothing to this plan.
  if (changed.some((c) => c.field === "manager")) return reasons;
  if (saved.metadata.spec !== wanted.spec) {
    const described = plan.describeChanges(saved.metadata.snapshot);
    reasons.push(...(described.length ? described : [`${plan.label} changed`]));
  }
  return reasons;
}

/** Uninstalls whatever the requirements don't need; returns the names removed. */
async function removeExtras(run: PipRun, required: string[], scratch: string): Promise<string[]> {
  const { ctx } = run;
  const request = path.join(scratch, "env-request.json");
  await fs.writeJson(request, { top: required, keep: ["pip"] });
  const { stdout } = await runPython(pythonHome(ctx), [path.join(ctx.buildpackDir, "lib", "env_report.py"), request], {
    env: ctx.env,
    cwd: scratch,
  });
  const report = JSON.parse(stdout) as { installed: Record<string, string>; required: string[]; missing: string[] };
  const keep = new Set(report.required);
  const extras = Object.keys(report.installed)
    .filter((name) => !keep.has(name))
    .sort();
  if (extras.length > 0) {
    ctx.log.info(`Removing packages no longer required: ${extras.join(", ")}`);
    await pip(run, ["uninstall", "--yes", ...extras], "Removing packages no longer required", { quiet: true });
  }
  for (const missing of report.missing) ctx.log.warn(`${missing} is not installed; the app may fail when it imports it.`);
  return extras;
}

export interface InstalledEnvironment {
  metadata: EnvironmentMetadata;
  reused: boolean;
}

/** Installs the app's dependencies into the build's Python, reusing the cached environment only when it is equivalent. */
export async function installDependencies(
  ctx: BuildContext,
  platform: Platform,
  tree: PythonTree,
  plan: DependencyPlan,
  pipVersion: string,
  index: IndexConfig,
  pipCacheDir: string,
): Promise<InstalledEnvironment> {
  const { log } = ctx;
  const { runtime } = tree;
  const wanted: EnvironmentMetadata = {
    format: CACHE_FORMAT,
    stack: platform.stack,
    arch: platform.arch,
    python: runtime.version,
    manager: plan.manager,
    pip: pipVersion,
    spec: plan.fingerprint,
    index: index.hash,
  };
  let reused = false;
  if (tree.reused) {
    const reasons = reasonsToDiscard(tree.savedEnvironment, wanted, plan);
    if (reasons.length === 0) {
      reused = true;
      log.info(`Reusing cached environment (${plan.label} unchanged)`);
    } else {
      log.info(`Discarding cached environment: ${reasons.join("; ")}`);
      tree.resetToPristine();
    }
  }
  const local: Record<string, string> = {};
  for (const pkg of plan.localPackages) local[pkg.path] = await localPackageDigest(ctx.buildDir, pkg);

  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-deps-"));
  try {
    const run: PipRun = { ctx, index, cacheDir: pipCacheDir };
    await bootstrapPip(run, pipVersion);
    // The base a stale environment is reset to: the runtime as extracted plus the pinned pip, which
    // is pyslug's tool rather than the app's dependency (its version is part of the fingerprint).
    if (!reused) tree.markPristine();
    let required: string[];
    const saved = reused && tree.savedEnvironment.kind === "ok" ? tree.savedEnvironment.metadata : undefined;
    const stale = reused ? await staleLocalPackages(ctx, plan, local, saved) : [];
    if (reused && stale.length === 0 && plan.unprovable.length === 0 && saved?.required) {
      if (plan.localPackages.length > 0) {
        log.info(`Local packages unchanged since the cached install: ${plan.localPackages.map((p) => p.path).join(", ")}`);
      }
      required = saved.required;
    } else {
      if (reused && stale.length > 0) log.info(`Reinstalling local packages: ${stale.join("; ")}`);
      if (reused && plan.unprovable.length > 0) log.info(`Checking requirements that can change upstream: ${plan.unprovable.join(", ")}`);
      ({ required } = await plan.install(run, scratch));
    }
    await removeExtras(run, required, scratch);
    return { metadata: { ...wanted, snapshot: plan.snapshot, local, required }, reused };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/** Local packages whose installed state can't be trusted, each with the reason. */
async function staleLocalPackages(
  ctx: BuildContext,
  plan: DependencyPlan,
  local: Record<string, string>,
  saved: EnvironmentMetadata | undefined,
): Promise<string[]> {
  if (plan.localPackages.length === 0) return [];
  const sitePackages = await fg("lib/python3*/site-packages", { cwd: pythonHome(ctx), onlyDirectories: true, absolute: true });
  const legacy = await legacyEggLinks(sitePackages);
  if (legacy.length > 0) {
    // setup.py develop keeps the package's metadata in its source tree, which isn't in git: always rebuild it.
    return plan.localPackages.map((p) => `${p.path} (installed with setup.py develop: ${legacy.join(", ")})`);
  }
  const gone = await missingPthTargets(sitePackages, ctx.buildDir);
  if (gone.length > 0) {
    // e.g. setuptools' strict editable mode links from a tree it built in the old build dir, which isn't in the source.
    return plan.localPackages.map((p) => `${p.path} (an editable install points at ${gone[0]}, which this build doesn't have)`);
  }
  return plan.localPackages
    .filter((p) => saved?.local?.[p.path] !== local[p.path])
    .map((p) => `${p.path} (${saved?.local?.[p.path] ? "its files changed" : "not installed by the cached build"})`);
}

/** Directories named by .pth files that should be in this build dir but aren't. */
async function missingPthTargets(sitePackages: string[], buildDir: string): Promise<string[]> {
  const missing: string[] = [];
  for (const dir of sitePackages) {
    for (const pth of await fg("*.pth", { cwd: dir, absolute: true })) {
      for (const line of (await fs.readFile(pth, "utf8")).split("\n")) {
        const entry = line.trim();
        if (entry.startsWith(`${buildDir}/`) && !(await fs.pathExists(entry))) missing.push(path.relative(buildDir, entry));
      }
    }
  }
  return missing;
}
