import os from "node:os";
import path from "node:path";
import fs from "fs-extra";
import { CACHE_FORMAT } from "../cache/cache-part.js";
import type { PipCache } from "../cache/pip-cache.js";
import {
  environmentChanges,
  type EnvironmentMade,
  type EnvironmentMetadata,
  type LocalDist,
  type PythonTree,
  type SiteReport,
} from "../cache/python-tree.js";
import { pythonHome, type BuildContext } from "../context.js";
import type { IndexConfig } from "../dependencies/index-config.js";
import type { DependencyPlan, IncrementalSpec } from "../dependencies/plan.js";
import { CONFIG_DIGEST } from "../dependencies/editable-source.js";
import { describeStale, recordedDigests, staleLocalPackages, wantedDigests, type StaleLocalPackage } from "../dependencies/local-state.js";
import { pip, type PipRun } from "../dependencies/pip-runner.js";
import { withPipSession } from "../dependencies/pip-session.js";
import { canonicalName } from "../dependencies/pip/pep508.js";
import { bootstrapPip } from "../dependencies/pip-bootstrap.js";
import { BuildError } from "../support/errors.js";
import type { Platform } from "../support/platform.js";
import { runPython } from "../runtime/python-runtime.js";
import { installedDistributions } from "../runtime/installed.js";

/**
 * What to do with the environment a restored tree holds, decided from its metadata field by field:
 * - reuse: it was made from this spec (local packages and unpinned VCS requirements are checked later);
 * - incremental: the spec changed, the environment was verified to hold exactly the previous one, and the plan can resolve it in place;
 * - reset: anything else (each reason for the log).
 */
type EnvironmentDecision =
  | { kind: "new" }
  | { kind: "reuse" }
  | { kind: "incremental"; spec: IncrementalSpec; reasons: string[]; stale: StaleLocalPackage[] }
  | { kind: "reset"; reasons: string[] };

async function decide(
  ctx: BuildContext,
  tree: PythonTree,
  wanted: EnvironmentMetadata,
  plan: DependencyPlan,
  local: Record<string, string>,
): Promise<EnvironmentDecision> {
  if (!tree.reused) return { kind: "new" };
  const saved = tree.savedEnvironment;
  if (saved.kind === "none") return { kind: "reset", reasons: ["the cache has no environment"] };
  if (saved.kind === "corrupt") return { kind: "reset", reasons: [saved.reason] };
  const changed = environmentChanges(saved.metadata, wanted);
  const reasons = changed.map((c) => c.reason);
  // Another package manager's snapshot means nothing to this plan.
  if (changed.some((c) => c.field === "manager")) return { kind: "reset", reasons };
  if (saved.metadata.spec === wanted.spec) return reasons.length === 0 ? { kind: "reuse" } : { kind: "reset", reasons };
  const described = plan.describeChanges(saved.metadata.snapshot);
  reasons.push(...(described.length ? described : [`${plan.label} changed`]));
  if (changed.length > 0 || !plan.incrementalChange) return { kind: "reset", reasons };
  if (saved.metadata.exact !== true) {
    return { kind: "reset", reasons: [...reasons, "the previous build did not verify that it installed exactly what was required"] };
  }
  if (saved.metadata.updatable !== true) {
    return {
      kind: "reset",
      reasons: [...reasons, "the cached environment was installed from requirements that can't be updated in place"],
    };
  }
  if (plan.unprovable.length > 0) {
    return { kind: "reset", reasons: [...reasons, `requirements that can change upstream: ${plan.unprovable.join(", ")}`] };
  }
  const change = plan.incrementalChange();
  if (change.kind === "reset") return { kind: "reset", reasons: [...reasons, change.reason] };
  const stale = await staleLocalPackages(ctx, plan, local, saved.metadata);
  if (stale.length > 0 && !plan.reinstallLocal) {
    return { kind: "reset", reasons: [...reasons, `local packages to reinstall: ${describeStale(stale)}`] };
  }
  return { kind: "incremental", spec: change, reasons, stale };
}

/** Installed local packages: directory → canonical name, version, and requirements (markers evaluated). */
type LocalDists = Record<string, LocalDist>;

/** Local packages as env_report is asked about them: absolute directories, with the extras requested. */
type LocalRequest = IncrementalSpec["local"];

/** What lib/env_report.py says of the build's site-packages (canonical names). */
interface EnvReport {
  installed: Record<string, string>;
  required: string[];
  missing: string[];
  local: LocalDists;
}

async function envReport(
  ctx: BuildContext,
  request: { top: string[]; keep: string[]; local?: IncrementalSpec["local"] },
  scratch: string,
): Promise<EnvReport> {
  const file = path.join(scratch, "env-request.json");
  await fs.writeJson(file, request);
  // It only reads, so it may run while the tree is being copied.
  const { stdout } = await runPython(pythonHome(ctx), [path.join(ctx.buildpackDir, "lib", "env_report.py"), file], {
    env: ctx.env,
    cwd: scratch,
    readOnly: true,
  });
  return JSON.parse(stdout) as EnvReport;
}

/**
 * Brings the environment to what a fresh install of the spec picks: pip resolves it as if nothing were installed
 * (a dry run; local packages stand for themselves as installed, their requirements resolved in their place), and
 * only the packages whose version differs are installed, without their dependencies (the resolution has them);
 * what is no longer required goes afterwards (removeExtras). Returns what the environment must satisfy, or the
 * reason it can't be updated in place (the caller starts from a fresh environment, whose install says what is wrong).
 */
async function updateInPlace(
  run: PipRun,
  spec: IncrementalSpec,
  scratch: string,
  checked: SiteReport | undefined,
): Promise<{ required: string[] } | { reason: string }> {
  const { ctx } = run;
  const { log } = ctx;
  const known = checked && fromSiteReport(ctx.buildDir, checked, spec.local);
  if (known) log.info("Installed packages as the cached build checked them (site-packages lists the same)");
  const { installed, local } = known ?? (await envReport(ctx, { top: [], keep: [], local: spec.local }, scratch));
  const lines = [...spec.requirements];
  const localNames = new Set<string>();
  const required = [...spec.required];
  for (const pkg of spec.local) {
    const dist = local[pkg.path];
    if (!dist) return { reason: `no installed package comes from ${path.relative(ctx.buildDir, pkg.path) || "."}` };
    if (dist.requires.some((r) => r.includes("@"))) return { reason: `${dist.name} requires a package by URL` };
    localNames.add(dist.name);
    lines.push(...dist.requires);
    required.push(pkg.extras.length ? `${dist.name}[${pkg.extras.join(",")}]` : dist.name);
  }
  const requirements = path.join(scratch, "resolve.txt");
  const constraints = path.join(scratch, "constraints.txt");
  const report = path.join(scratch, "fresh-report.json");
  await fs.writeFile(requirements, lines.map((line) => `${line}\n`).join(""));
  await fs.writeFile(constraints, spec.constraints.map((line) => `${line}\n`).join(""));
  try {
    await pip(
      run,
      ["install", "--dry-run", "--ignore-installed", "--quiet", "--report", report, "-r", requirements, "-c", constraints],
      "Resolving the requirements",
      { quiet: true, readOnly: true },
    );
  } catch (error) {
    if (error instanceof BuildError) return { reason: "pip could not resolve the requirements in place (its output above)" };
    throw error;
  }
  const fresh = freshPicks(await fs.readJson(report));
  const fromIndex = Object.keys(fresh).filter((name) => localNames.has(name));
  if (fromIndex.length > 0) return { reason: `the requirements ask for the local package ${fromIndex.join(", ")} from the index` };
  const changed = Object.entries(fresh)
    .filter(([name, version]) => name !== "pip" && installed[name] !== version)
    .map(([name, version]) => `${name}==${version}`)
    .sort();
  if (changed.length === 0) {
    log.info("Every package a fresh install picks is installed");
    return { required };
  }
  const pins = path.join(scratch, "changed.txt");
  await fs.writeFile(pins, changed.map((line) => `${line}\n`).join(""));
  log.info(`Installing what a fresh install picks differently: ${changed.join(", ")}`);
  try {
    await pip(run, ["install", "--no-deps", "-r", pins], "Installing the changed packages");
  } catch (error) {
    if (error instanceof BuildError) return { reason: "pip could not install the changed packages (its output above)" };
    throw error;
  }
  return { required };
}

/**
 * The in-place update when local packages are stale too: they are installed again first (their requirements may
 * have changed), so the resolution that follows sees them as they now are.
 */
async function updateWithLocal(
  run: PipRun,
  plan: DependencyPlan,
  stale: StaleLocalPackage[],
  spec: IncrementalSpec,
  scratch: string,
  checked: SiteReport | undefined,
): Promise<{ required: string[] } | { reason: string }> {
  // Two or three pip commands in a row: one interpreter runs them all (see PipSession).
  return withPipSession(run, async (session) => {
    if (stale.length > 0 && plan.reinstallLocal) {
      session.ctx.log.info(`Reinstalling local packages: ${describeStale(stale)}`);
      try {
        const done = await plan.reinstallLocal(
          session,
          stale.map((s) => s.pkg),
          scratch,
        );
        if ("reason" in done) return done;
      } catch (error) {
        if (error instanceof BuildError) return { reason: "pip could not install the local packages again (its output above)" };
        throw error;
      }
    }
    return updateInPlace(session, spec, scratch, stale.length === 0 ? checked : undefined);
  });
}

/** How a local package is keyed in a SiteReport: its directory relative to the app, and the extras asked for. Pure. */
function localKey(buildDir: string, pkg: LocalRequest[number]): string {
  return `${path.relative(buildDir, pkg.path) || "."}[${[...pkg.extras].sort().join(",")}]`;
}

/** What env_report said, as a SiteReport to keep (local packages keyed as localKey does). Pure. */
function toSiteReport(buildDir: string, report: EnvReport, local: LocalRequest, uninstalled: string[]): SiteReport {
  const gone = new Set(uninstalled);
  const installed = Object.fromEntries(Object.entries(report.installed).filter(([name]) => !gone.has(name)));
  const dists: Record<string, LocalDist> = {};
  for (const pkg of local) {
    const dist = report.local[pkg.path];
    if (dist && !gone.has(dist.name)) dists[localKey(buildDir, pkg)] = dist;
  }
  return { installed, local: dists };
}

/** A kept SiteReport as env_report would answer for `local` now, or undefined when it doesn't cover them all. Pure. */
function fromSiteReport(buildDir: string, checked: SiteReport, local: LocalRequest): Pick<EnvReport, "installed" | "local"> | undefined {
  const dists: LocalDists = {};
  for (const pkg of local) {
    const dist = checked.local[localKey(buildDir, pkg)];
    if (!dist) return undefined;
    dists[pkg.path] = dist;
  }
  return { installed: checked.installed, local: dists };
}

/** Canonical name → version of what pip's --report would install. Pure. */
export function freshPicks(report: unknown): Record<string, string> {
  const items = (report as { install?: { metadata?: { name?: string; version?: string } }[] } | null)?.install ?? [];
  const picks: Record<string, string> = {};
  for (const item of items) {
    const { name, version } = item.metadata ?? {};
    if (name && version) picks[canonicalName(name)] = version;
  }
  return picks;
}

/** Uninstalls whatever the requirements don't need; returns the names removed, and what env_report said before. */
async function removeExtras(
  run: PipRun,
  required: string[],
  scratch: string,
  local: LocalRequest,
): Promise<{ extras: string[]; missing: string[]; report: EnvReport }> {
  const { ctx } = run;
  const report = await envReport(ctx, { top: required, keep: ["pip"], local }, scratch);
  const keep = new Set(report.required);
  const extras = Object.keys(report.installed)
    .filter((name) => !keep.has(name))
    .sort();
  if (extras.length > 0) {
    ctx.log.info(`Removing packages no longer required: ${extras.join(", ")}`);
    await pip(run, ["uninstall", "--yes", ...extras], "Removing packages no longer required", { quiet: true });
  }
  for (const missing of report.missing) ctx.log.warn(`${missing} is not installed; the app may fail when it imports it.`);
  return { extras, missing: report.missing, report };
}

/**
 * Checks the installed set against the requirements (removeExtras), unless the cached build already did and pip has
 * installed or removed nothing since (the same listing of site-packages). Returns what is missing and the listing
 * the check holds for.
 */
async function checkInstalledSet(
  run: PipRun,
  required: string[],
  scratch: string,
  saved: EnvironmentMetadata | undefined,
  local: LocalRequest,
): Promise<{ missing: string[]; checkedSet: string[]; siteReport?: SiteReport }> {
  const home = pythonHome(run.ctx);
  const listed = await installedDistributions(home);
  if (saved?.exact === true && saved.checkedSet && sameList(saved.checkedSet, listed)) {
    run.ctx.log.info("Installed packages unchanged since the cached build checked them");
    return { missing: [], checkedSet: listed, ...(saved.siteReport ? { siteReport: saved.siteReport } : {}) };
  }
  const { extras, missing, report } = await removeExtras(run, required, scratch, local);
  return {
    missing,
    checkedSet: extras.length > 0 ? await installedDistributions(home) : listed,
    siteReport: toSiteReport(run.ctx.buildDir, report, local, extras),
  };
}

/** The cached environment's SiteReport when site-packages still lists what it was made from. */
async function stillChecked(ctx: BuildContext, saved: EnvironmentMetadata): Promise<SiteReport | undefined> {
  if (!saved.siteReport || !saved.checkedSet) return undefined;
  return sameList(saved.checkedSet, await installedDistributions(pythonHome(ctx))) ? saved.siteReport : undefined;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
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
  pipCache: PipCache,
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
  const local = await wantedDigests(ctx, plan, tree.savedEnvironment.kind === "ok" ? tree.savedEnvironment.metadata : undefined);
  const decision = await decide(ctx, tree, wanted, plan, local);
  let made: EnvironmentMade = decision.kind === "reuse" ? "reused" : decision.kind;
  if (decision.kind === "reuse") log.info(`Reusing cached environment (${plan.label} unchanged)`);
  if (decision.kind === "incremental") log.info(`Updating cached environment in place: ${decision.reasons.join("; ")}`);
  if (decision.kind === "reset") {
    log.info(`Discarding cached environment: ${decision.reasons.join("; ")}`);
    await tree.resetToPristine();
  }

  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "pyslug-deps-"));
  try {
    const run: PipRun = {
      ctx,
      index,
      cacheDir: pipCache.dir,
      beforeWrite: () => tree.writable(),
      beforePip: () => pipCache.beforeUse(),
    };
    await bootstrapPip(run, pipVersion);
    // The base a stale environment is reset to: the runtime as extracted plus the pinned pip, which
    // is pyslug's tool rather than the app's dependency (its version is part of the fingerprint).
    if (decision.kind === "new" || decision.kind === "reset") tree.markPristine();
    let required: string[] | undefined;
    // The cached environment's metadata when it is reused as it was: its check of the installed set may still hold.
    let asSaved: EnvironmentMetadata | undefined;
    if (decision.kind === "incremental") {
      const saved = tree.savedEnvironment.kind === "ok" ? tree.savedEnvironment.metadata : undefined;
      const checked = saved && (await stillChecked(ctx, saved));
      const updated = await updateWithLocal(run, plan, decision.stale, decision.spec, scratch, checked);
      if ("required" in updated) required = updated.required;
      else {
        log.info(`Discarding cached environment: ${updated.reason}`);
        made = "reset";
        await tree.resetToPristine();
        await bootstrapPip(run, pipVersion);
        tree.markPristine();
      }
    }
    if (required === undefined && decision.kind === "reuse" && tree.savedEnvironment.kind === "ok") {
      const saved = tree.savedEnvironment.metadata;
      const reused = await completeReused(run, plan, local, saved, scratch);
      if (reused) required = reused.required;
      if (reused?.untouched) asSaved = saved;
    }
    if (required === undefined) ({ required } = await plan.install(run, scratch));
    const change = plan.incrementalChange?.();
    const { missing, checkedSet, siteReport } = await checkInstalledSet(
      run,
      required,
      scratch,
      asSaved,
      change?.kind === "resolve" ? change.local : [],
    );
    return {
      metadata: {
        ...wanted,
        snapshot: plan.snapshot,
        local: await recordedDigests(ctx, plan, local),
        required,
        exact: missing.length === 0,
        updatable: change?.kind === "resolve",
        checkedSet,
        ...(siteReport ? { siteReport } : {}),
        made,
      },
      reused: decision.kind === "reuse",
    };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/**
 * What a reused environment still needs. Nothing when its local packages are unchanged and nothing can change
 * upstream (untouched: the cached build's check of the installed set may still hold); when the rest of it was
 * verified exact, only the stale local packages installed again. Undefined: the whole spec is installed again.
 */
async function completeReused(
  run: PipRun,
  plan: DependencyPlan,
  local: Record<string, string>,
  saved: EnvironmentMetadata,
  scratch: string,
): Promise<{ required: string[]; untouched: boolean } | undefined> {
  const { log } = run.ctx;
  const stale = await staleLocalPackages(run.ctx, plan, local, saved);
  if (stale.length > 0) log.info(`Reinstalling local packages: ${describeStale(stale)}`);
  if (plan.unprovable.length > 0) {
    log.info(`Checking requirements that can change upstream: ${plan.unprovable.join(", ")}`);
    return undefined;
  }
  if (!saved.required) return undefined;
  if (stale.length === 0) {
    if (plan.localPackages.length > 0) {
      log.info(`Local packages unchanged since the cached install: ${plan.localPackages.map((p) => p.path).join(", ")}`);
      const inPlace = plan.localPackages.filter((p) => local[p.path]?.startsWith(CONFIG_DIGEST)).map((p) => p.path);
      if (inPlace.length > 0)
        log.info(`Editable, reading their code from the app (only their pyproject.toml counts): ${inPlace.join(", ")}`);
    }
    return { required: saved.required, untouched: true };
  }
  if (saved.exact !== true || !plan.reinstallLocal) return undefined;
  const done = await plan.reinstallLocal(
    run,
    stale.map((s) => s.pkg),
    scratch,
  );
  if ("reason" in done) {
    log.info(`Installing all of ${plan.label} again: ${done.reason}`);
    return undefined;
  }
  const known = new Set(saved.required.map(projectOf));
  const renamed = done.requested.filter((name) => !known.has(projectOf(name)));
  if (renamed.length > 0) {
    log.info(`Installing all of ${plan.label} again: the cached install had no ${renamed.join(", ")}`);
    return undefined;
  }
  return { required: saved.required, untouched: false };
}

/** The canonical project name a PEP 508 requirement starts with. Pure. */
function projectOf(requirement: string): string {
  return canonicalName(/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] ?? requirement);
}
