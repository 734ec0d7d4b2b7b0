/**
 * Which locked packages `poetry sync --only main` (or with the non-optional groups) installs on
 * the target interpreter. Pure.
 *
 * - lock 2.1 (Poetry 2): a package is installed when one of its `groups` is installed and its
 *   marker for those groups holds (no extras are active: `extra == "x"` is false);
 * - lock 2.0 and 1.x (Poetry 1): there are no groups in the lock, so Poetry re-solves against the
 *   locked packages only. pyslug walks the same graph: from the project's dependencies in the
 *   installed groups (optional ones only for extras, which aren't requested), through each locked
 *   package's dependencies whose markers and `python` constraints hold, optional ones only when an
 *   extra that names them was asked for by the dependant. (The lock's own `optional` flag doesn't
 *   count: Poetry's solver works it out again from the graph.)
 */
import { constraintAlternatives } from "../python-constraint.js";
import { markerMatches, type MarkerEnvironment } from "../markers.js";
import { satisfies } from "../pep440.js";
import type { LockedPackage, PoetryLock } from "./lock-file.js";
import { recordsGroups } from "./lock-file.js";
import type { PoetryProject, RootDependency } from "./pyproject.js";

export interface SelectOptions {
  env: MarkerEnvironment;
  /** Canonical names of the groups to install. */
  groups: ReadonlySet<string>;
}

/** Why the lock can't be installed as it is. */
export class SelectionError extends Error {
  constructor(
    message: string,
    readonly packageName?: string,
  ) {
    super(message);
  }
}

/**
 * A Poetry `python` constraint as the marker Poetry turns it into: each term compares
 * `python_version` (X.Y) when its version has fewer than three parts, else `python_full_version`.
 */
export function pythonConstraintHolds(constraint: string | undefined, env: MarkerEnvironment): boolean {
  if (constraint === undefined || constraint.trim() === "" || constraint.trim() === "*") return true;
  return constraintAlternatives(constraint, "poetry").some((specs) =>
    specs.every((spec) => {
      const parts = spec.version.replace(/\.\*$/, "").split(".").length;
      const version = parts < 3 && !spec.version.endsWith(".*") ? env.python_version : env.python_full_version;
      return satisfies(version, [spec]);
    }),
  );
}

/** The groups `poetry sync` installs: `main` only, or every non-optional group (Heroku CI). Pure. */
export function installedGroups(project: PoetryProject, withNonOptional: boolean): Set<string> {
  const groups = new Set(["main"]);
  if (withNonOptional) for (const g of project.groups) if (!g.optional) groups.add(g.name);
  return groups;
}

function holds(dep: { marker: string | undefined; python: string | undefined }, env: MarkerEnvironment, extras: ReadonlySet<string>) {
  return markerMatches(dep.marker, env, { extras }) && pythonConstraintHolds(dep.python, env);
}

/** Lock 2.1: groups and markers recorded per package. */
function selectByGroups(lock: PoetryLock, options: SelectOptions): LockedPackage[] {
  const none = new Set<string>();
  return lock.packages.filter((p) => {
    const groups = (p.groups ?? []).filter((g) => options.groups.has(g));
    if (groups.length === 0) return false;
    if (p.markers === undefined || typeof p.markers === "string") return markerMatches(p.markers, options.env, { extras: none });
    const markers = p.markers;
    return groups.some((g) => markerMatches(markers[g] ?? "", options.env, { extras: none }));
  });
}

/** Lock 2.0 / 1.x: the graph from the project's dependencies. */
function selectByWalking(lock: PoetryLock, project: PoetryProject, options: SelectOptions): LockedPackage[] {
  const byName = new Map<string, LockedPackage>();
  for (const p of lock.packages) {
    if (byName.has(p.name)) {
      throw new SelectionError(
        `poetry.lock (lock-version ${lock.lockVersion}) locks ${p.displayName} twice (${byName.get(p.name)!.version} and ${p.version}); ` +
          "choosing between them needs Poetry's solver",
        p.name,
      );
    }
    byName.set(p.name, p);
  }
  const root = project.name === undefined ? undefined : project.name.toLowerCase().replace(/[-_.]+/g, "-");
  const extrasOf = new Map<string, Set<string>>();
  const queue: { name: string; extras: string[]; from: string }[] = [];
  const none = new Set<string>();
  for (const group of project.groups) {
    if (!options.groups.has(group.name)) continue;
    for (const dep of group.dependencies) {
      if (dep.optional || !holds(dep, options.env, none)) continue;
      queue.push({ name: dep.name, extras: dep.extras, from: "pyproject.toml" });
    }
  }
  while (queue.length > 0) {
    const { name, extras, from } = queue.shift()!;
    if (name === root) continue;
    const pkg = byName.get(name);
    if (!pkg) {
      throw new SelectionError(`${from} requires ${name}, which poetry.lock doesn't lock`, name);
    }
    const seen = extrasOf.get(name);
    const wanted = new Set(extras.map((e) => e.toLowerCase().replace(/[-_.]+/g, "-")));
    if (seen && [...wanted].every((e) => seen.has(e))) continue;
    const active = new Set([...(seen ?? []), ...wanted]);
    extrasOf.set(name, active);
    const fromExtras = new Set([...active].flatMap((e) => pkg.extras.get(e) ?? []));
    for (const dep of pkg.dependencies) {
      if (dep.optional && !fromExtras.has(dep.name)) continue;
      if (!holds(dep, options.env, active)) continue;
      queue.push({ name: dep.name, extras: dep.extras, from: `${pkg.displayName} ${pkg.version}` });
    }
  }
  return lock.packages.filter((p) => extrasOf.has(p.name));
}

/** The locked packages to install, in lock order. Throws SelectionError. */
export function selectPackages(lock: PoetryLock, project: PoetryProject, options: SelectOptions): LockedPackage[] {
  const selected = recordsGroups(lock) ? selectByGroups(lock, options) : selectByWalking(lock, project, options);
  const names = new Map<string, LockedPackage>();
  for (const p of selected) {
    const other = names.get(p.name);
    if (other) {
      throw new SelectionError(
        `poetry.lock selects two versions of ${p.displayName} (${other.version} and ${p.version}) for Python ${options.env.python_full_version}`,
        p.name,
      );
    }
    names.set(p.name, p);
  }
  return selected;
}

/** Root dependencies of the installed groups that apply here (for naming what a stale lock misses). */
export function applicableRootDependencies(project: PoetryProject, options: SelectOptions): RootDependency[] {
  const none = new Set<string>();
  return project.groups
    .filter((g) => options.groups.has(g.name))
    .flatMap((g) => g.dependencies)
    .filter((d) => !d.optional && holds(d, options.env, none));
}
