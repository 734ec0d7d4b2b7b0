/**
 * What `uv sync --locked` installs from a uv.lock for one interpreter: the closure of the roots'
 * dependencies through the lock's packages, each edge's marker evaluated for the target, extras
 * only where a dependency asks for them, dependency groups only when asked for. Conflict markers
 * (uv's `extra == 'extra-3-pkg-foo'` encoding of `[tool.uv] conflicts`) are true for the extras
 * and groups that the selection activates. Pure.
 */
import { BuildError } from "../../support/errors.js";
import { markerMatches, type MarkerEnvironment } from "../markers.js";
import type { UvDependency, UvLock, UvPackage } from "./lock-file.js";

export interface UvSelectionRequest {
  /** Workspace members whose production dependencies are installed (uv's "roots"). */
  roots: string[];
  /** Dependency groups of the roots to include (empty: `--no-default-groups`). */
  groups: ReadonlySet<string>;
  env: MarkerEnvironment;
}

const encodeExtra = (pkg: string, extra: string) => `extra-${pkg.length}-${pkg}-${extra}`;
const encodeGroup = (pkg: string, group: string) => `group-${pkg.length}-${pkg}-${group}`;
const encodeProject = (pkg: string) => `project-${pkg.length}-${pkg}`;

function fail(message: string): never {
  throw new BuildError(`uv.lock: ${message}\nRegenerate it with 'uv lock' and commit uv.lock.`, { file: "uv.lock" });
}

/** Finds the package a dependency edge points at, as uv does: by name, then version and source when the name is ambiguous. */
export function packageFinder(lock: UvLock): (dep: UvDependency, from: string) => UvPackage {
  const byName = new Map<string, UvPackage[]>();
  for (const pkg of lock.packages) byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), pkg]);
  return (dep, from) => {
    let candidates = byName.get(dep.name) ?? [];
    if (candidates.length > 1 && dep.version !== undefined) candidates = candidates.filter((p) => p.version === dep.version);
    if (candidates.length > 1 && dep.source) {
      candidates = candidates.filter((p) => p.source.kind === dep.source!.kind && p.source.value === dep.source!.value);
    }
    if (candidates.length === 0)
      fail(`${from} depends on ${dep.name}${dep.version ? ` ${dep.version}` : ""}, which the lock has no package for.`);
    if (candidates.length > 1) fail(`${from} depends on ${dep.name}, and the lock has ${candidates.length} packages that match it.`);
    return candidates[0]!;
  };
}

function rootPackage(lock: UvLock, name: string): UvPackage {
  const found = lock.packages.filter((p) => p.name === name);
  if (found.length !== 1) {
    fail(found.length === 0 ? `the project ${name} is not in the lock.` : `the lock has ${found.length} packages named ${name}.`);
  }
  return found[0]!;
}

/** The lock's packages the request installs, in lock order (roots included; virtual ones too: the caller skips them). */
export function selectUvPackages(lock: UvLock, request: UvSelectionRequest): UvPackage[] {
  const find = packageFinder(lock);
  const roots = request.roots.map((name) => rootPackage(lock, name));
  // The activated conflict items grow until the selection stops changing (at most one per extra in the lock).
  const active = new Set<string>(roots.map((r) => encodeProject(r.name)));
  for (const root of roots)
    for (const group of root.groups.keys()) if (request.groups.has(group)) active.add(encodeGroup(root.name, group));
  for (;;) {
    const { selected, extras } = traverse(roots, request, active, find);
    const before = active.size;
    for (const extra of extras) active.add(extra);
    if (active.size === before) {
      checkConflicts(lock, active);
      return lock.packages.filter((p) => selected.has(p));
    }
  }
}

function traverse(
  roots: UvPackage[],
  request: UvSelectionRequest,
  active: ReadonlySet<string>,
  find: (dep: UvDependency, from: string) => UvPackage,
): { selected: Set<UvPackage>; extras: Set<string> } {
  const selected = new Set<UvPackage>(roots);
  const extras = new Set<string>();
  const seen = new Set<string>();
  const queue: [UvPackage, string | undefined][] = [];
  const follow = (dep: UvDependency, from: UvPackage) => {
    if (!markerMatches(dep.marker, request.env, { extras: active })) return;
    const target = find(dep, from.name);
    selected.add(target);
    for (const key of [undefined, ...dep.extras]) {
      if (key !== undefined) extras.add(encodeExtra(target.name, key));
      const id = `${target.name} ${target.version ?? ""} ${target.source.value} ${key ?? ""}`;
      if (!seen.has(id)) {
        seen.add(id);
        queue.push([target, key]);
      }
    }
  };
  for (const root of roots) {
    seen.add(`${root.name} ${root.version ?? ""} ${root.source.value} `);
    queue.push([root, undefined]);
    for (const [group, deps] of root.groups) if (request.groups.has(group)) for (const dep of deps) follow(dep, root);
  }
  while (queue.length > 0) {
    const [pkg, extra] = queue.shift()!;
    const deps = extra === undefined ? pkg.dependencies : (pkg.optional.get(extra) ?? []);
    for (const dep of deps) follow(dep, pkg);
  }
  return { selected, extras };
}

function checkConflicts(lock: UvLock, active: ReadonlySet<string>): void {
  for (const set of lock.conflicts) {
    const hits = set.filter((item) =>
      active.has(
        item.extra
          ? encodeExtra(item.package, item.extra)
          : item.group
            ? encodeGroup(item.package, item.group)
            : encodeProject(item.package),
      ),
    );
    if (hits.length > 1) {
      const names = hits.map((h) => `${h.package}${h.extra ? `[${h.extra}]` : h.group ? ` (group ${h.group})` : ""}`);
      throw new BuildError(
        `uv.lock: ${names.join(" and ")} are declared as conflicting ([tool.uv] conflicts), but this install needs both.\n` +
          "Change the dependencies so only one of them is required, then run 'uv lock'.",
        { file: "pyproject.toml" },
      );
    }
  }
}
