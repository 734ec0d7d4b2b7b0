/**
 * What changed in pyproject.toml since poetry.lock was made, as far as the lock can tell: the
 * lock keeps the content hash, the Python constraint, and the packages, not the dependencies as
 * written. Pure.
 */
import { satisfies } from "../pep440.js";
import { constraintAlternatives } from "../python-constraint.js";
import type { PoetryLock } from "./lock-file.js";
import type { PoetryProject, RootDependency } from "./pyproject.js";

function allows(dep: RootDependency, version: string): boolean {
  if (!dep.constraint) return true;
  try {
    return constraintAlternatives(dep.constraint.text, dep.constraint.syntax).some((specs) => satisfies(version, specs));
  } catch {
    return true; // a constraint pyslug can't read proves nothing
  }
}

/** Human descriptions of the differences, most specific first (never empty). */
export function describeStaleLock(project: PoetryProject, lock: PoetryLock): string[] {
  const changes: string[] = [];
  if (project.python && lock.pythonVersions !== undefined && project.python.constraint.trim() !== lock.pythonVersions.trim()) {
    changes.push(`${project.python.key} is "${project.python.constraint}" but the lock was made for "${lock.pythonVersions}"`);
  }
  const locked = new Map(lock.packages.map((p) => [p.name, p]));
  const rootName = project.name?.toLowerCase().replace(/[-_.]+/g, "-");
  const direct = project.groups.flatMap((g) => g.dependencies.map((d) => ({ group: g.name, dep: d })));
  for (const { group, dep } of direct) {
    if (dep.name === rootName) continue;
    const pkg = locked.get(dep.name);
    if (!pkg) changes.push(`${dep.name} was added (group ${group}) and isn't in the lock`);
    else if (!allows(dep, pkg.version)) changes.push(`${dep.name} now requires "${dep.constraint!.text}" but the lock has ${pkg.version}`);
  }
  // Everything the dependencies reach, whatever the markers and extras: the rest was removed.
  const reached = new Set<string>();
  const queue = direct.map((d) => d.dep.name);
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    for (const dep of locked.get(name)?.dependencies ?? []) queue.push(dep.name);
  }
  const unreached = lock.packages.filter((p) => !reached.has(p.name)).map((p) => p.displayName);
  if (unreached.length > 0 && direct.length > 0) changes.push(`nothing requires ${[...new Set(unreached)].join(", ")} any more`);
  if (changes.length === 0) {
    changes.push("a dependency, extra, group or source in pyproject.toml changed (Poetry's content hash of them differs)");
  }
  return changes;
}
