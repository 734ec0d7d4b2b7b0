/**
 * poetry.lock as pyslug reads it. Lock versions Poetry writes: 1.x (Poetry < 1.3: files listed under
 * `[metadata.files]`), 2.0 (Poetry 1.3 to 1.8: files per package; no groups) and 2.1 (Poetry 2: each
 * package records its `groups` and the `markers` it applies under, so installing needs no solver).
 */
import { canonicalName } from "../pip/pep508.js";
import { tableAt as tableOf } from "../toml-file.js";
import { stringOf } from "./toml-file.js";

/** One constraint a locked package puts on a dependency. */
export interface LockedDependency {
  name: string;
  marker: string | undefined;
  python: string | undefined;
  optional: boolean;
  extras: string[];
}

export interface LockedSource {
  type: string;
  url: string | undefined;
  reference: string | undefined;
  resolvedReference: string | undefined;
  subdirectory: string | undefined;
}

export interface LockedPackage {
  /** Canonical name. */
  name: string;
  /** As written in the lock. */
  displayName: string;
  version: string;
  optional: boolean;
  develop: boolean;
  files: { file: string; hash: string }[];
  dependencies: LockedDependency[];
  /** Extra name (canonical) → canonical names of the dependencies it adds. */
  extras: Map<string, string[]>;
  source: LockedSource | undefined;
  /** Lock 2.1: canonical group names. */
  groups: string[] | undefined;
  /** Lock 2.1: the marker for every group (a string) or per group. */
  markers: string | Record<string, string> | undefined;
}

export interface PoetryLock {
  lockVersion: string;
  contentHash: string | undefined;
  /** `[metadata] python-versions`: the project's Python constraint when it was locked. */
  pythonVersions: string | undefined;
  packages: LockedPackage[];
}

/** Why poetry.lock can't be read. */
export class PoetryLockError extends Error {}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function dependencyConstraints(name: string, spec: unknown): LockedDependency[] {
  const constraints = Array.isArray(spec) ? spec : [spec];
  return constraints.map((c) => {
    const table = tableOf(c) ?? {};
    return {
      name: canonicalName(name),
      marker: stringOf(table["markers"]),
      python: stringOf(table["python"]),
      optional: table["optional"] === true,
      extras: stringList(table["extras"]),
    };
  });
}

/** The name a `[package.extras]` item names: `"PySocks (>=1.5.6,!=1.5.7)"`, `"pysocks[x] (>=1) ; marker"`. */
function extraItemName(item: string): string | undefined {
  const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(item)?.[1];
  return name === undefined ? undefined : canonicalName(name);
}

function filesOf(value: unknown): { file: string; hash: string }[] {
  return (Array.isArray(value) ? value : [])
    .map((f) => tableOf(f) ?? {})
    .map((f) => ({ file: stringOf(f["file"]) ?? "", hash: stringOf(f["hash"]) ?? "" }));
}

/** Reads a parsed poetry.lock. Throws PoetryLockError for what isn't a Poetry lock. */
export function readPoetryLock(data: Record<string, unknown>): PoetryLock {
  const metadata = tableOf(data["metadata"]);
  if (!metadata) throw new PoetryLockError("it has no [metadata] table");
  const lockVersion = stringOf(metadata["lock-version"]) ?? "1.0";
  const legacyFiles = tableOf(metadata["files"]) ?? {};
  const packages = (Array.isArray(data["package"]) ? data["package"] : []).map((raw, index): LockedPackage => {
    const p = tableOf(raw) ?? {};
    const displayName = stringOf(p["name"]);
    const version = stringOf(p["version"]);
    if (!displayName || version === undefined) throw new PoetryLockError(`package ${index + 1} has no name or version`);
    const source = tableOf(p["source"]);
    const extras = new Map<string, string[]>();
    for (const [extra, items] of Object.entries(tableOf(p["extras"]) ?? {})) {
      extras.set(
        canonicalName(extra),
        stringList(items)
          .map(extraItemName)
          .filter((n): n is string => n !== undefined),
      );
    }
    const markers = p["markers"];
    return {
      name: canonicalName(displayName),
      displayName,
      version,
      optional: p["optional"] === true,
      develop: p["develop"] === true,
      files: p["files"] !== undefined ? filesOf(p["files"]) : filesOf(legacyFiles[displayName] ?? legacyFiles[canonicalName(displayName)]),
      dependencies: Object.entries(tableOf(p["dependencies"]) ?? {}).flatMap(([n, s]) => dependencyConstraints(n, s)),
      extras,
      source: source && {
        type: stringOf(source["type"]) ?? "",
        url: stringOf(source["url"]),
        reference: stringOf(source["reference"]),
        resolvedReference: stringOf(source["resolved_reference"]),
        subdirectory: stringOf(source["subdirectory"]),
      },
      groups: Array.isArray(p["groups"]) ? stringList(p["groups"]).map(canonicalName) : undefined,
      markers:
        typeof markers === "string"
          ? markers
          : tableOf(markers)
            ? Object.fromEntries(Object.entries(tableOf(markers)!).map(([g, m]) => [canonicalName(g), String(m)]))
            : undefined,
    };
  });
  return {
    lockVersion,
    contentHash: stringOf(metadata["content-hash"]),
    pythonVersions: stringOf(metadata["python-versions"]),
    packages,
  };
}

/** [major, minor] of a lock-version string. Pure. */
export function lockVersionParts(version: string): [number, number] {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [NaN, NaN];
}

/** True for a lock that records groups and markers (2.1 and newer 2.x). Pure. */
export function recordsGroups(lock: PoetryLock): boolean {
  const [major, minor] = lockVersionParts(lock.lockVersion);
  return major === 2 && minor >= 1;
}
