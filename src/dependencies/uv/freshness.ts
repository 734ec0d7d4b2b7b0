/**
 * Is uv.lock current with pyproject.toml? What `uv sync --locked` checks before it resolves: the
 * static metadata of each workspace member against what the lock recorded (`[package.metadata]`),
 * the workspace members, `requires-python`. A difference is reported only when it is proven
 * (pyslug never refuses a lock uv accepts); what pyslug can't decide is said, and the lock is
 * installed as written. Pure.
 */
import { parseNamedRequirement, SpecError } from "../pip/pep508.js";
import { parseSpecifiers, parseVersion, satisfies, VersionSyntaxError } from "../pep440.js";
import { tableAt } from "../toml-file.js";
import type { UvDeclared, UvLock, UvPackage } from "./lock-file.js";
import type { UvProjectFile, UvWorkspace } from "./project.js";

export interface Freshness {
  /** Proven differences: uv would refuse the lock too. */
  stale: string[];
  /** What pyslug couldn't compare. */
  undecided: string[];
}

/** A requirement reduced to what both sides spell the same way. */
interface Comparable {
  key: string;
  name: string;
  /** The requirement has a `tool.uv.sources` entry or a URL: its lock form isn't reproduced here. */
  sourced: boolean;
}

function canonicalVersion(text: string): string {
  if (text.endsWith(".*")) return text;
  const v = parseVersion(text);
  if (!v) return text;
  const release = [...v.release];
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  return [
    v.epoch ? `${v.epoch}!` : "",
    release.join("."),
    v.pre ? `${v.pre[0]}${v.pre[1]}` : "",
    v.post !== undefined ? `.post${v.post}` : "",
    v.dev !== undefined ? `.dev${v.dev}` : "",
    v.local ? `+${v.local}` : "",
  ].join("");
}

function canonicalSpecifier(text: string | undefined): string {
  if (!text || text.trim() === "") return "";
  return parseSpecifiers(text)
    .map((s) => `${s.operator}${canonicalVersion(s.version)}`)
    .sort()
    .join(",");
}

function extraOfMarker(marker: string | undefined): string {
  const m = /\bextra\s*==\s*['"]([^'"]+)['"]/.exec(marker ?? "");
  return m ? m[1]!.toLowerCase().replace(/[-_.]+/g, "-") : "";
}

function fromDeclared(d: UvDeclared): Comparable {
  const sourced = Object.keys(d.source).some((k) => k !== "index");
  return {
    key: `${d.name}[${[...d.extras].sort().join(",")}]${sourced ? "" : canonicalSpecifier(d.specifier)} ${extraOfMarker(d.marker)}`,
    name: d.name,
    sourced,
  };
}

function fromRequirement(text: string, extra: string, sources: Record<string, unknown>): Comparable {
  const [body = ""] = splitMarker(text);
  const spec = parseNamedRequirement(body);
  const name = spec.name.toLowerCase().replace(/[-_.]+/g, "-");
  const sourced = spec.url !== undefined || Object.keys(sources).some((k) => k.toLowerCase().replace(/[-_.]+/g, "-") === name);
  const extras = spec.extras.map((e) => e.toLowerCase().replace(/[-_.]+/g, "-")).sort();
  return { key: `${name}[${extras.join(",")}]${sourced ? "" : canonicalSpecifier(spec.specifier)} ${extra}`, name, sourced };
}

function splitMarker(text: string): [string, string | undefined] {
  // A URL requirement may hold ';' only after ' ;' (PEP 508), so split at the first ';' outside a URL.
  const at = text.includes(" @ ") ? text.indexOf(" ;") : text.indexOf(";");
  return at < 0 ? [text.trim(), undefined] : [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

/** Counts of each key. */
function multiset(items: Comparable[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(i.key, (m.get(i.key) ?? 0) + 1);
  return m;
}

/** Compares declared requirements; returns proven differences, or "undecided" when only sourced ones differ. */
function compareRequirements(what: string, locked: Comparable[], declared: Comparable[]): { stale: string[]; undecided: string[] } {
  const lockedNames = new Set(locked.map((c) => c.name));
  const declaredNames = new Set(declared.map((c) => c.name));
  const added = [...declaredNames].filter((n) => !lockedNames.has(n)).sort();
  const removed = [...lockedNames].filter((n) => !declaredNames.has(n)).sort();
  const stale: string[] = [];
  if (added.length) stale.push(`${what}: ${added.join(", ")} added`);
  if (removed.length) stale.push(`${what}: ${removed.join(", ")} removed`);
  const a = multiset(locked);
  const b = multiset(declared);
  const changed = new Set<string>();
  let sourcedOnly = true;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) === b.get(key)) continue;
    const item = [...locked, ...declared].find((c) => c.key === key)!;
    if (added.includes(item.name) || removed.includes(item.name)) continue;
    changed.add(item.name);
    if (!item.sourced) sourcedOnly = false;
  }
  if (changed.size === 0) return { stale, undecided: [] };
  if (sourcedOnly) return { stale, undecided: [`${what}: ${[...changed].sort().join(", ")} (sources)`] };
  stale.push(`${what}: ${[...changed].sort().join(", ")} changed`);
  return { stale, undecided: [] };
}

/** The lock's source kinds a `tool.uv.sources` entry can produce. */
function kindsOf(entry: unknown): string[] | undefined {
  const t = tableAt(Array.isArray(entry) ? undefined : entry);
  if (!t) return undefined; // a list of sources (per marker): not compared
  if (t["workspace"] === true) return ["editable", "virtual", "directory"];
  if (typeof t["path"] === "string") return t["editable"] === true ? ["editable"] : ["directory", "path", "virtual"];
  if (typeof t["git"] === "string") return ["git"];
  if (typeof t["url"] === "string") return ["url"];
  if (typeof t["index"] === "string") return ["index"];
  return undefined;
}

/** Requirements whose `tool.uv.sources` entry doesn't match how the lock recorded them. */
function sourceMismatches(locked: UvDeclared[], sources: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [rawName, entry] of Object.entries(sources)) {
    const name = rawName.toLowerCase().replace(/[-_.]+/g, "-");
    const kinds = kindsOf(entry);
    const entries = locked.filter((d) => d.name === name);
    if (!kinds || entries.length === 0) continue;
    if (!entries.some((d) => Object.keys(d.source).some((k) => kinds.includes(k)))) out.push(name);
  }
  return out.sort();
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
}

function checkMember(member: UvProjectFile, pkg: UvPackage, result: Freshness): void {
  const label = member.dir === "." ? "pyproject.toml" : member.file;
  if (member.isPackage !== (pkg.source.kind !== "virtual")) {
    result.stale.push(
      `${label}: ${member.name} is ${member.isPackage ? "now a package (it has a [build-system] or tool.uv.package = true)" : "no longer a package"}, and uv.lock installs it ${pkg.source.kind === "virtual" ? "as virtual" : "as a package"}`,
    );
  }
  if (!pkg.metadata) {
    result.undecided.push(`${label}: uv.lock records no metadata for ${member.name}`);
    return;
  }
  const project = member.project ?? {};
  const dynamic = stringList(project["dynamic"]) ?? [];
  const sources = tableAt(member.tool["sources"]) ?? {};
  try {
    const locked = pkg.metadata.requiresDist.map(fromDeclared);
    if (dynamic.includes("dependencies") || dynamic.includes("optional-dependencies")) {
      result.undecided.push(`${label}: dynamic ${dynamic.filter((d) => d.endsWith("dependencies")).join(" and ")}`);
    } else {
      const declared = (stringList(project["dependencies"]) ?? []).map((r) => fromRequirement(r, "", sources));
      const optional = tableAt(project["optional-dependencies"]) ?? {};
      for (const [extra, reqs] of Object.entries(optional)) {
        const name = extra.toLowerCase().replace(/[-_.]+/g, "-");
        declared.push(...(stringList(reqs) ?? []).map((r) => fromRequirement(r, name, sources)));
      }
      const r = compareRequirements(`${label} dependencies`, locked, declared);
      result.stale.push(...r.stale);
      result.undecided.push(...r.undecided);
      const moved = sourceMismatches(pkg.metadata.requiresDist, sources);
      if (moved.length && r.stale.length === 0) result.undecided.push(`${label}: the source of ${moved.join(", ")} in [tool.uv.sources]`);
      const extras = Object.keys(optional)
        .map((e) => e.toLowerCase().replace(/[-_.]+/g, "-"))
        .sort();
      const lockedExtras = [...pkg.metadata.providesExtras].sort();
      if (extras.join(",") !== lockedExtras.join(","))
        result.stale.push(`${label}: optional-dependencies are [${extras.join(", ")}], uv.lock has [${lockedExtras.join(", ")}]`);
    }
    // Dependency groups: PEP 735 [dependency-groups] and uv's legacy tool.uv.dev-dependencies (group "dev").
    const groups = new Map<string, unknown[]>();
    for (const [group, reqs] of Object.entries(member.dependencyGroups ?? {})) {
      groups.set(group.toLowerCase().replace(/[-_.]+/g, "-"), Array.isArray(reqs) ? reqs : []);
    }
    const legacyDev = stringList(member.tool["dev-dependencies"]);
    if (legacyDev) groups.set("dev", [...(groups.get("dev") ?? []), ...legacyDev]);
    const lockedGroups = pkg.metadata.requiresDev;
    const names = [...groups.keys()].sort();
    const lockedNames = [...lockedGroups.keys()].sort();
    if (names.join(",") !== lockedNames.join(",")) {
      result.stale.push(`${label}: dependency groups are [${names.join(", ")}], uv.lock has [${lockedNames.join(", ")}]`);
    } else {
      for (const [group, reqs] of groups) {
        if (reqs.some((r) => typeof r !== "string")) {
          result.undecided.push(`${label}: dependency group ${group} includes another group`);
          continue;
        }
        const r = compareRequirements(
          `${label} group ${group}`,
          (lockedGroups.get(group) ?? []).map(fromDeclared),
          (reqs as string[]).map((q) => fromRequirement(q, "", sources)),
        );
        result.stale.push(...r.stale);
        result.undecided.push(...r.undecided);
      }
    }
  } catch (error) {
    if (!(error instanceof SpecError) && !(error instanceof VersionSyntaxError)) throw error;
    result.undecided.push(`${label}: ${error.message}`);
  }
}

/** Python versions to compare two `requires-python` values on. */
function sampleVersions(): string[] {
  const out: string[] = [];
  for (let minor = 0; minor <= 20; minor++) for (const patch of [0, 1, 2, 5, 8, 12, 20, 40]) out.push(`3.${minor}.${patch}`);
  return [...out, "2.7.18", "4.0.0"];
}

function checkRequiresPython(workspace: UvWorkspace, lock: UvLock, result: Freshness): void {
  const constraints = workspace.members.map((m) => m.project?.["requires-python"]).filter((c): c is string => typeof c === "string");
  const locked = lock.requiresPython;
  if (constraints.length === 0 || locked === undefined) return;
  try {
    const differs = sampleVersions().find((v) => satisfies(v, locked) !== constraints.every((c) => satisfies(v, c)));
    if (differs) result.stale.push(`requires-python is "${constraints.join('" and "')}", uv.lock was made for "${locked}"`);
  } catch (error) {
    if (!(error instanceof VersionSyntaxError)) throw error;
    result.undecided.push(`requires-python: ${error.message}`);
  }
}

/** Compares the workspace with the lock. `memberPackage` finds a member's package in the lock. */
export function checkUvLockFresh(workspace: UvWorkspace, lock: UvLock): Freshness {
  const result: Freshness = { stale: [], undecided: [] };
  checkRequiresPython(workspace, lock, result);
  const names = workspace.members.map((m) => m.name!).sort();
  if (lock.members.length > 0 || names.length > 1) {
    const lockedMembers = lock.members.length > 0 ? [...lock.members].sort() : names;
    const added = names.filter((n) => !lockedMembers.includes(n));
    const removed = lockedMembers.filter((n) => !names.includes(n));
    if (added.length) result.stale.push(`workspace members ${added.join(", ")} added`);
    if (removed.length) result.stale.push(`workspace members ${removed.join(", ")} removed`);
  }
  for (const member of workspace.members) {
    const pkg = lock.packages.find((p) => p.name === member.name && ["editable", "virtual", "directory"].includes(p.source.kind));
    if (!pkg) {
      if (!result.stale.some((s) => s.includes(member.name!)))
        result.stale.push(`the project ${member.name} (${member.file}) isn't in uv.lock`);
      continue;
    }
    checkMember(member, pkg, result);
  }
  return result;
}
