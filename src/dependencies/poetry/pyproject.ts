/**
 * What pyslug needs from a Poetry project's pyproject.toml: its name, whether it is a package,
 * its Python constraint, its sources, and its direct dependencies by group (for locks that don't
 * record groups, lock-version < 2.1). Both styles: `[tool.poetry]` (Poetry 1) and `[project]` with
 * `[tool.poetry]` enriching it (Poetry 2), plus PEP 735 `[dependency-groups]`.
 */
import { canonicalName, parseNamedRequirement, SpecError } from "../pip/pep508.js";
import { tableAt as tableOf } from "../toml-file.js";
import { stringOf } from "./toml-file.js";

/** A `[[tool.poetry.source]]`. */
export interface PoetrySource {
  name: string;
  url: string | undefined;
  priority: string | undefined;
}

/** A direct dependency of the project in one group. */
export interface RootDependency {
  /** Canonical name. */
  name: string;
  /** PEP 508 marker the dependency applies under (`markers`, `platform`), or undefined. */
  marker: string | undefined;
  /** A Poetry `python` constraint the dependency applies under. */
  python: string | undefined;
  /** The version constraint as written, and its syntax. */
  constraint: { text: string; syntax: "poetry" | "pep440" } | undefined;
  optional: boolean;
  extras: string[];
}

export interface DependencyGroup {
  /** Canonical group name ("main" for the project's own dependencies). */
  name: string;
  optional: boolean;
  dependencies: RootDependency[];
}

export interface PoetryProject {
  /** The project's name as written, if any. */
  name: string | undefined;
  /** `tool.poetry.package-mode` (default true): false means the project itself isn't installed. */
  packageMode: boolean;
  /** The Python constraint and the key it comes from. */
  python: { constraint: string; key: "python" | "requires-python" } | undefined;
  hasBuildSystem: boolean;
  sources: PoetrySource[];
  groups: DependencyGroup[];
  /** The parsed document (for the content hash). */
  data: Record<string, unknown>;
}

/** Why a pyproject.toml can't be read as a Poetry project. */
export class PoetryProjectError extends Error {}

function tableEntries(value: unknown): [string, unknown][] {
  return Object.entries(tableOf(value) ?? {});
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function versionOf(text: string | undefined): RootDependency["constraint"] {
  return text === undefined || text.trim() === "" || text.trim() === "*" ? undefined : { text, syntax: "poetry" };
}

/** `[tool.poetry.dependencies]`-style entries (string, table, or list of tables) as root dependencies. */
function poetryDependencies(value: unknown): RootDependency[] {
  const out: RootDependency[] = [];
  for (const [name, spec] of tableEntries(value)) {
    if (canonicalName(name) === "python") continue;
    const constraints = Array.isArray(spec) ? spec : [spec];
    for (const c of constraints) {
      const table = tableOf(c) ?? {};
      const markers = [stringOf(table["markers"]), stringOf(table["platform"]) && `sys_platform == "${stringOf(table["platform"])}"`]
        .filter((m): m is string => Boolean(m))
        .map((m) => `(${m})`);
      out.push({
        name: canonicalName(name),
        marker: markers.length ? markers.join(" and ") : undefined,
        python: stringOf(table["python"]),
        constraint: versionOf(typeof c === "string" ? c : stringOf(table["version"])),
        optional: table["optional"] === true,
        extras: stringList(table["extras"]),
      });
    }
  }
  return out;
}

/** A PEP 508 string (`[project] dependencies`, `[dependency-groups]`) as a root dependency. */
export function pep508Dependency(text: string, optional = false): RootDependency {
  const semicolon = text.indexOf(";");
  const head = semicolon < 0 ? text : text.slice(0, semicolon);
  const marker = semicolon < 0 ? undefined : text.slice(semicolon + 1).trim() || undefined;
  let spec;
  try {
    spec = parseNamedRequirement(head.trim());
  } catch (error) {
    if (error instanceof SpecError) throw new PoetryProjectError(`'${text}' is not a PEP 508 requirement: ${error.message}`);
    throw error;
  }
  const constraint = spec.specifier ? { text: spec.specifier, syntax: "pep440" as const } : undefined;
  return { name: canonicalName(spec.name), marker, python: undefined, constraint, optional, extras: spec.extras };
}

/** PEP 735 groups, `{include-group = "x"}` expanded. */
function dependencyGroups(value: unknown): Map<string, RootDependency[]> {
  const raw = new Map(tableEntries(value).map(([k, v]) => [canonicalName(k), Array.isArray(v) ? v : []] as const));
  const expand = (group: string, seen: string[]): RootDependency[] => {
    if (seen.includes(group)) throw new PoetryProjectError(`[dependency-groups] includes itself: ${[...seen, group].join(" -> ")}`);
    const items = raw.get(group);
    if (!items) throw new PoetryProjectError(`[dependency-groups] includes '${group}', which isn't defined`);
    return items.flatMap((item) => {
      if (typeof item === "string") return [pep508Dependency(item)];
      const include = stringOf(tableOf(item)?.["include-group"]);
      return include ? expand(canonicalName(include), [...seen, group]) : [];
    });
  };
  return new Map([...raw.keys()].map((g) => [g, expand(g, [])]));
}

/** Reads a parsed pyproject.toml as a Poetry project. Throws PoetryProjectError for what can't be read. */
export function readPoetryProject(data: Record<string, unknown>): PoetryProject {
  const project = tableOf(data["project"]);
  const poetry = tableOf(tableOf(data["tool"])?.["poetry"]) ?? {};
  const sources: PoetrySource[] = (Array.isArray(poetry["source"]) ? poetry["source"] : []).map((s) => {
    const t = tableOf(s) ?? {};
    return { name: stringOf(t["name"]) ?? "", url: stringOf(t["url"]), priority: stringOf(t["priority"]) };
  });

  const groups = new Map<string, DependencyGroup>();
  const group = (name: string): DependencyGroup => {
    const key = canonicalName(name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: key, optional: false, dependencies: [] }));
    return g;
  };
  const main = group("main");
  const projectDeps = project?.["dependencies"];
  if (Array.isArray(projectDeps)) {
    main.dependencies.push(...stringList(projectDeps).map((d) => pep508Dependency(d)));
    const optional = tableOf(project?.["optional-dependencies"]) ?? {};
    for (const deps of Object.values(optional)) main.dependencies.push(...stringList(deps).map((d) => pep508Dependency(d, true)));
  } else {
    main.dependencies.push(...poetryDependencies(poetry["dependencies"]));
  }
  if (poetry["dev-dependencies"] !== undefined) group("dev").dependencies.push(...poetryDependencies(poetry["dev-dependencies"]));
  for (const [name, dependencies] of dependencyGroups(data["dependency-groups"])) group(name).dependencies.push(...dependencies);
  for (const [name, spec] of tableEntries(poetry["group"])) {
    const table = tableOf(spec) ?? {};
    const g = group(name);
    if (table["optional"] === true) g.optional = true;
    g.dependencies.push(...poetryDependencies(table["dependencies"]));
  }

  const requiresPython = stringOf(project?.["requires-python"]);
  const poetryPython = stringOf(tableOf(poetry["dependencies"])?.["python"]);
  return {
    name: stringOf(project?.["name"]) ?? stringOf(poetry["name"]),
    packageMode: poetry["package-mode"] !== false,
    python: requiresPython
      ? { constraint: requiresPython, key: "requires-python" }
      : poetryPython
        ? { constraint: poetryPython, key: "python" }
        : undefined,
    hasBuildSystem: tableOf(data["build-system"]) !== undefined,
    sources,
    groups: [...groups.values()],
    data,
  };
}
