/**
 * What the environment knows of the app's local packages: the digest each is compared by (every file, or only the
 * build configuration of an editable install that reads its code from the app: editable-source.ts), the digest the
 * environment's metadata keeps, and which installed ones are stale, each with the reason the log gives.
 */
import path from "node:path";
import fg from "fast-glob";
import fs from "fs-extra";
import type { EnvironmentMetadata } from "../cache/python-tree.js";
import { pythonHome, type BuildContext } from "../context.js";
import { CONFIG_DIGEST, configDigest, readsSourceInPlace } from "./editable-source.js";
import { legacyEggLinks, localPackageDigest, type LocalPackage } from "./local-packages.js";
import type { DependencyPlan } from "./plan.js";

/** site-packages of the build's Python (absolute). */
async function sitePackagesOf(ctx: BuildContext): Promise<string[]> {
  return fg("lib/python3*/site-packages", { cwd: pythonHome(ctx), onlyDirectories: true, absolute: true });
}

/** The digest of a package's build configuration when its editable install reads its code from the app (editable-source.ts). */
async function inPlaceDigest(ctx: BuildContext, pkg: LocalPackage, sites: () => Promise<string[]>): Promise<string | undefined> {
  const config = await configDigest(ctx.buildDir, pkg);
  if (config === undefined) return undefined;
  return (await readsSourceInPlace(await sites(), path.join(ctx.buildDir, pkg.path))) ? config : undefined;
}

/** site-packages of the build's Python, listed once when first asked for. */
function lazySitePackages(ctx: BuildContext): () => Promise<string[]> {
  let listed: Promise<string[]> | undefined;
  return () => (listed ??= sitePackagesOf(ctx));
}

/**
 * The digest each local package is compared by: its build configuration's when the cached build recorded that and its
 * install still reads its code from the app; else every file's.
 */
export async function wantedDigests(
  ctx: BuildContext,
  plan: DependencyPlan,
  saved: EnvironmentMetadata | undefined,
): Promise<Record<string, string>> {
  const local: Record<string, string> = {};
  const sites = lazySitePackages(ctx);
  for (const pkg of plan.localPackages) {
    const inPlace = saved?.local?.[pkg.path]?.startsWith(CONFIG_DIGEST) ? await inPlaceDigest(ctx, pkg, sites) : undefined;
    local[pkg.path] = inPlace ?? (await localPackageDigest(ctx.buildDir, pkg));
  }
  return local;
}

/** The digests the environment's metadata keeps: the build configuration's for each editable install that reads its code from the app. */
export async function recordedDigests(
  ctx: BuildContext,
  plan: DependencyPlan,
  local: Record<string, string>,
): Promise<Record<string, string>> {
  const recorded = { ...local };
  const sites = lazySitePackages(ctx);
  for (const pkg of plan.localPackages) {
    if (recorded[pkg.path]?.startsWith(CONFIG_DIGEST)) continue;
    const inPlace = await inPlaceDigest(ctx, pkg, sites);
    if (inPlace !== undefined) recorded[pkg.path] = inPlace;
  }
  return recorded;
}

export interface StaleLocalPackage {
  pkg: LocalPackage;
  reason: string;
}

export function describeStale(stale: StaleLocalPackage[]): string {
  return stale.map((s) => `${s.pkg.path} (${s.reason})`).join("; ");
}

/** Local packages whose installed state can't be trusted, each with the reason. */
export async function staleLocalPackages(
  ctx: BuildContext,
  plan: DependencyPlan,
  local: Record<string, string>,
  saved: EnvironmentMetadata | undefined,
): Promise<StaleLocalPackage[]> {
  if (plan.localPackages.length === 0) return [];
  const sitePackages = await sitePackagesOf(ctx);
  const legacy = await legacyEggLinks(sitePackages);
  if (legacy.length > 0) {
    // setup.py develop keeps the package's metadata in its source tree, which isn't in git: always rebuild it.
    return plan.localPackages.map((pkg) => ({ pkg, reason: `installed with setup.py develop: ${legacy.join(", ")}` }));
  }
  const gone = await missingPthTargets(sitePackages, ctx.buildDir);
  const stale: StaleLocalPackage[] = [];
  for (const pkg of plan.localPackages) {
    // e.g. setuptools' strict editable mode links from a tree it built in the old build dir, under the package.
    const target = gone.find((g) => ownerOf(g, plan.localPackages) === pkg);
    if (target) stale.push({ pkg, reason: `an editable install points at ${target}, which this build doesn't have` });
    else if (saved?.local?.[pkg.path] !== local[pkg.path]) stale.push({ pkg, reason: whyStale(saved?.local?.[pkg.path], local[pkg.path]) });
  }
  // A missing target outside every local package: nothing says which one made it, so all are installed again.
  const orphan = gone.find((g) => ownerOf(g, plan.localPackages) === undefined);
  if (orphan) {
    return plan.localPackages.map((pkg) => ({ pkg, reason: `an editable install points at ${orphan}, which this build doesn't have` }));
  }
  return stale;
}

/** Why a local package whose digest was `before` and is `now` is installed again. Pure. */
function whyStale(before: string | undefined, now: string | undefined): string {
  if (before === undefined) return "not installed by the cached build";
  if (!before.startsWith(CONFIG_DIGEST)) return "its files changed";
  return now?.startsWith(CONFIG_DIGEST)
    ? "its pyproject.toml changed"
    : "its metadata is no longer all in pyproject.toml, or its install no longer reads its code from the app";
}

/** The local package whose directory holds `file` (relative to the app root), the innermost one. Pure. */
function ownerOf(file: string, packages: LocalPackage[]): LocalPackage | undefined {
  let owner: LocalPackage | undefined;
  for (const pkg of packages) {
    const dir = path.posix.normalize(pkg.path).replace(/\/$/, "");
    const inside = dir === "." || file === dir || file.startsWith(`${dir}/`);
    if (inside && (!owner || dir.length > path.posix.normalize(owner.path).length)) owner = pkg;
  }
  return owner;
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
