/**
 * Reading uv.lock (lock format `version = 1`, every revision uv writes today) into the shapes
 * pyslug selects and installs from. Unknown keys are ignored, as uv ignores them.
 */
import { BuildError } from "../../support/errors.js";
import { canonicalName } from "../pip/pep508.js";
import { lineOf, parseTomlText, tableAt, type TomlTable } from "../toml-file.js";

/** The newest lock format pyslug reads. */
export const UV_LOCK_VERSION = 1;

export type UvSourceKind = "registry" | "git" | "url" | "path" | "directory" | "editable" | "virtual";

export interface UvSource {
  kind: UvSourceKind;
  /** The URL or path, as written. */
  value: string;
  subdirectory?: string;
}

export interface UvDependency {
  name: string;
  version?: string;
  source?: UvSource;
  extras: string[];
  marker?: string;
}

export interface UvFile {
  url?: string;
  path?: string;
  filename?: string;
  hash?: string;
  size?: number;
}

/** A requirement of `[package.metadata]`: what the project declared when it was locked. */
export interface UvDeclared {
  name: string;
  extras: string[];
  specifier?: string;
  marker?: string;
  /** `{ git = ... }`, `{ path = ... }`, `{ editable = ... }`, `{ url = ... }`, `{ index = ... }`: the source keys, as written. */
  source: Record<string, unknown>;
}

export interface UvPackage {
  name: string;
  version?: string;
  source: UvSource;
  dependencies: UvDependency[];
  optional: Map<string, UvDependency[]>;
  groups: Map<string, UvDependency[]>;
  sdist?: UvFile;
  wheels: UvFile[];
  metadata?: {
    requiresDist: UvDeclared[];
    providesExtras: string[];
    requiresDev: Map<string, UvDeclared[]>;
  };
}

export interface UvConflictItem {
  package: string;
  extra?: string;
  group?: string;
}

export interface UvLock {
  version: number;
  revision: number | undefined;
  requiresPython: string | undefined;
  resolutionMarkers: string[];
  supportedMarkers: string[];
  conflicts: UvConflictItem[][];
  members: string[];
  packages: UvPackage[];
}

const FIX = "Regenerate it with 'uv lock' and commit uv.lock; don't edit it by hand.";

function fail(message: string, line?: number): never {
  throw new BuildError(`uv.lock${line ? `, line ${line}` : ""}: ${message}\n${FIX}`, { file: "uv.lock", line });
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

const SOURCE_KEYS: [string, UvSourceKind][] = [
  ["registry", "registry"],
  ["git", "git"],
  ["url", "url"],
  ["path", "path"],
  ["directory", "directory"],
  ["editable", "editable"],
  ["virtual", "virtual"],
];

function readSource(value: unknown, where: string): UvSource {
  const table = tableAt(value);
  if (!table) fail(`${where} has no source`);
  for (const [key, kind] of SOURCE_KEYS) {
    const v = str(table[key]);
    if (v !== undefined) {
      const subdirectory = str(table["subdirectory"]);
      return subdirectory ? { kind, value: v, subdirectory } : { kind, value: v };
    }
  }
  fail(`${where} has a source pyslug doesn't know: ${JSON.stringify(table)}`);
}

function readDependency(value: unknown, where: string): UvDependency {
  const table = tableAt(value);
  const name = str(table?.["name"]);
  if (!table || !name) fail(`${where}: a dependency without a name`);
  return {
    name: canonicalName(name),
    version: str(table["version"]),
    source: table["source"] === undefined ? undefined : readSource(table["source"], where),
    extras: strings(table["extra"]).map(canonicalName),
    marker: str(table["marker"]),
  };
}

function readDependencies(value: unknown, where: string): UvDependency[] {
  return Array.isArray(value) ? value.map((d) => readDependency(d, where)) : [];
}

function readDependencyTable(value: unknown, where: string): Map<string, UvDependency[]> {
  const map = new Map<string, UvDependency[]>();
  for (const [key, deps] of Object.entries(tableAt(value) ?? {})) map.set(canonicalName(key), readDependencies(deps, `${where}.${key}`));
  return map;
}

function readFile(value: unknown): UvFile {
  const t = tableAt(value) ?? {};
  return {
    url: str(t["url"]),
    path: str(t["path"]),
    filename: str(t["filename"]),
    hash: str(t["hash"]),
    size: typeof t["size"] === "number" ? t["size"] : undefined,
  };
}

function readDeclared(value: unknown): UvDeclared {
  const t = tableAt(value) ?? {};
  const source: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(t)) {
    if (!["name", "extras", "specifier", "marker"].includes(key)) source[key] = v;
  }
  return {
    name: canonicalName(str(t["name"]) ?? ""),
    extras: strings(t["extras"]).map(canonicalName),
    specifier: str(t["specifier"]),
    marker: str(t["marker"]),
    source,
  };
}

function readPackage(value: unknown, index: number): UvPackage {
  const t = tableAt(value);
  const name = str(t?.["name"]);
  if (!t || !name) fail(`package number ${index + 1} has no name`);
  const where = `package ${name}`;
  const meta = tableAt(t["metadata"]);
  const requiresDev = new Map<string, UvDeclared[]>();
  for (const [group, reqs] of Object.entries(tableAt(meta?.["requires-dev"] ?? meta?.["dependency-groups"]) ?? {})) {
    requiresDev.set(canonicalName(group), Array.isArray(reqs) ? reqs.map(readDeclared) : []);
  }
  return {
    name: canonicalName(name),
    version: str(t["version"]),
    source: readSource(t["source"], where),
    dependencies: readDependencies(t["dependencies"], where),
    optional: readDependencyTable(t["optional-dependencies"], `${where} optional-dependencies`),
    groups: readDependencyTable(t["dev-dependencies"] ?? t["dependency-groups"], `${where} dev-dependencies`),
    sdist: t["sdist"] === undefined ? undefined : readFile(t["sdist"]),
    wheels: Array.isArray(t["wheels"]) ? t["wheels"].map(readFile) : [],
    metadata: meta
      ? {
          requiresDist: Array.isArray(meta["requires-dist"]) ? meta["requires-dist"].map(readDeclared) : [],
          providesExtras: strings(meta["provides-extras"]).map(canonicalName),
          requiresDev,
        }
      : undefined,
  };
}

/** Parses uv.lock text; anything pyslug can't read is an error naming the line when it can. */
export function parseUvLock(text: string): UvLock {
  const raw: TomlTable = parseTomlText(text, "uv.lock", FIX);
  const version = raw["version"];
  if (typeof version !== "number") fail("it has no lock format 'version'", lineOf(text, /^\s*version\s*=/));
  if (version > UV_LOCK_VERSION) {
    throw new BuildError(
      `uv.lock has lock format version ${version}, and pyslug reads version ${UV_LOCK_VERSION}.\n` +
        "The lock was written by a newer uv than pyslug knows. Update pyslug, or lock with a uv that writes version 1.",
      { file: "uv.lock", line: lineOf(text, /^\s*version\s*=/) },
    );
  }
  if (version < UV_LOCK_VERSION) fail(`lock format version ${version} is older than uv's first stable format (1).`);
  const manifest = tableAt(raw["manifest"]) ?? {};
  const packages = (Array.isArray(raw["package"]) ? raw["package"] : Array.isArray(raw["distribution"]) ? raw["distribution"] : []).map(
    readPackage,
  );
  return {
    version,
    revision: typeof raw["revision"] === "number" ? raw["revision"] : undefined,
    requiresPython: str(raw["requires-python"]),
    resolutionMarkers: strings(raw["resolution-markers"]),
    supportedMarkers: strings(raw["supported-markers"]),
    conflicts: Array.isArray(raw["conflicts"])
      ? raw["conflicts"].map((set) =>
          (Array.isArray(set) ? set : []).map((item) => {
            const t = tableAt(item) ?? {};
            return { package: canonicalName(str(t["package"]) ?? ""), extra: str(t["extra"]), group: str(t["group"]) };
          }),
        )
      : [],
    members: strings(manifest["members"]).map(canonicalName),
    packages,
  };
}
