/**
 * Checks that `Pipfile.lock` is current for `Pipfile` (what `pipenv install --deploy` checks),
 * explaining a stale lock package by package.
 */
import { BuildError } from "../../support/errors.js";
import { isRecord, parsePipfileLock, type LockEntry, type LockSection, type PipfileLock } from "./lock-file.js";
import { DEFAULT_PIPFILE_SOURCE, hashPipfileData, parsePipfile, type PipfileData } from "./pipfile-hash.js";
import { extrasSuffix, normaliseSpecifier, safeName, VCS_KEYS } from "./lock-to-requirements.js";

/** A checked, current lock. */
export interface CheckedLock {
  lock: PipfileLock;
  pipfile: PipfileData;
  /** The Pipfile's hash, equal to the lock's `_meta.hash.sha256`. */
  hash: string;
}

/** File names used in messages (relative to the app). */
export interface LockCheckFiles {
  pipfile?: string;
  lock?: string;
}

/**
 * Parses both files and checks the lock's recorded hash against the Pipfile's.
 * Throws BuildError (bad TOML/JSON, or a stale lock listing what differs).
 */
export function checkLockCurrent(pipfileText: string, lockText: string | PipfileLock, files: LockCheckFiles = {}): CheckedLock {
  const pipfileName = files.pipfile ?? "Pipfile";
  const lockName = files.lock ?? "Pipfile.lock";
  const pipfile = parsePipfile(pipfileText, pipfileName);
  const lock = typeof lockText === "string" ? parsePipfileLock(lockText, lockName) : lockText;
  const hash = hashPipfileData(pipfile, pipfileName);
  if (lock.hash === hash) return { lock, pipfile, hash };

  const recorded = lock.hash ? `(${lock.hash.slice(-6)})` : "(no hash)";
  const differences = describeDifferences(pipfile, lock);
  const detail = differences.length
    ? `\nWhat differs between ${pipfileName} and ${lockName}:\n${differences.map((d) => `  - ${d}`).join("\n")}`
    : `\n${pipfileName} changed since ${lockName} was made (no package differs; a source, [requires] or a package option changed).`;
  throw new BuildError(
    `Your ${lockName} ${recorded} is out of date. Expected: (${hash.slice(-6)}).${detail}\n` +
      `To fix it, run 'pipenv lock' and commit ${lockName}.`,
    { file: lockName },
  );
}

/** What in the Pipfile the lock doesn't reflect: missing packages, changed specs, sources. */
export function describeDifferences(pipfile: PipfileData, lock: PipfileLock): string[] {
  const out: string[] = [];
  const sections: Array<[string, LockSection]> = [
    ["packages", lock.default],
    ["dev-packages", lock.develop],
  ];
  for (const [name, section] of sections) {
    const packages = pipfile[name];
    if (!isRecord(packages)) continue;
    for (const [key, spec] of Object.entries(packages)) {
      const wanted = normaliseEntry(spec);
      const found = findLockEntry(key, wanted, section);
      if (!found) {
        out.push(`[${name}] ${key} ${describeSpec(wanted)}is in Pipfile but not in Pipfile.lock`);
        continue;
      }
      out.push(...compareEntry(`[${name}] ${key}`, wanted, found));
    }
  }
  const pipfileSources = Array.isArray(pipfile["source"])
    ? (pipfile["source"] as unknown[]).filter(isRecord).map((s) => String(s["url"]))
    : [DEFAULT_PIPFILE_SOURCE.url];
  const lockSources = lock.sources.map((s) => s.url);
  if (pipfileSources.join("\n") !== lockSources.join("\n")) {
    out.push(`sources: Pipfile has ${pipfileSources.join(", ") || "none"}; Pipfile.lock has ${lockSources.join(", ") || "none"}`);
  }
  const requires = isRecord(pipfile["requires"]) ? pipfile["requires"] : {};
  for (const key of new Set([...Object.keys(requires), ...Object.keys(lock.requires)])) {
    const a = requires[key];
    const b = lock.requires[key];
    if (comparable(a) !== comparable(b)) out.push(`[requires] ${key}: Pipfile has ${show(a)}; Pipfile.lock has ${show(b)}`);
  }
  return out;
}

/** A value of [requires] as text to compare: scalars as written ("3.12" and 3.12 agree), anything else as JSON. */
function comparable(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return JSON.stringify(value) ?? "undefined";
}

function show(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(typeof value === "bigint" ? value.toString() : value);
}

function normaliseEntry(spec: unknown): LockEntry {
  if (typeof spec === "string") return { version: spec };
  return isRecord(spec) ? spec : {};
}

function describeSpec(entry: LockEntry): string {
  const version = normaliseSpecifier(entry.version);
  const parts = [version, extrasSuffix(entry.extras)].filter((p) => p !== "");
  const where = entry.path ?? entry.file ?? VCS_KEYS.map((k) => entry[k]).find((v) => typeof v === "string");
  if (typeof where === "string") parts.push(`(${where})`);
  return parts.length ? `${parts.join(" ")} ` : "";
}

/** The lock entry for a Pipfile key: same key, same normalised name, or same local path / VCS URL. */
function findLockEntry(key: string, wanted: LockEntry, section: LockSection): LockEntry | undefined {
  const direct = section.get(key);
  if (direct !== undefined) return normaliseEntry(direct);
  const name = safeName(key).replace(/[.]/g, "-");
  for (const [k, v] of section) if (safeName(k).replace(/[.]/g, "-") === name) return normaliseEntry(v);
  const location = wanted.path ?? VCS_KEYS.map((k) => wanted[k]).find((v) => typeof v === "string");
  if (typeof location !== "string") return undefined;
  for (const v of section.values()) {
    const entry = normaliseEntry(v);
    if (entry.path === location || VCS_KEYS.some((k) => entry[k] === location)) return entry;
  }
  return undefined;
}

function compareEntry(label: string, wanted: LockEntry, locked: LockEntry): string[] {
  const out: string[] = [];
  const spec = normaliseSpecifier(wanted.version);
  const pinned = /^===?(.+)$/.exec(spec);
  if (pinned && locked.version !== undefined && normaliseSpecifier(locked.version) !== spec) {
    out.push(`${label}: version ${spec} in Pipfile, ${locked.version} in Pipfile.lock`);
  }
  const lockedExtras = new Set((locked.extras ?? []).map((e) => e.toLowerCase()));
  const missingExtras = (wanted.extras ?? []).filter((e) => !lockedExtras.has(e.toLowerCase()));
  if (missingExtras.length) out.push(`${label}: extras ${missingExtras.join(", ")} in Pipfile, not in Pipfile.lock`);
  if (
    (wanted.path !== undefined || VCS_KEYS.some((k) => wanted[k] !== undefined)) &&
    Boolean(wanted.editable) !== Boolean(locked.editable)
  ) {
    out.push(`${label}: editable is ${Boolean(wanted.editable)} in Pipfile, ${Boolean(locked.editable)} in Pipfile.lock`);
  }
  if (wanted.path !== undefined && locked.path !== undefined && wanted.path !== locked.path) {
    out.push(`${label}: path ${wanted.path} in Pipfile, ${locked.path} in Pipfile.lock`);
  }
  for (const k of VCS_KEYS) {
    if (typeof wanted[k] === "string" && wanted[k] !== locked[k]) {
      out.push(`${label}: ${k} URL ${String(wanted[k])} in Pipfile, ${String(locked[k] ?? "none")} in Pipfile.lock`);
    }
  }
  // Markers compared loosely: Pipenv rewrites quotes and spacing when it locks.
  const loose = (m: string) => m.replace(/['"\s]/g, "");
  if (typeof wanted.markers === "string" && typeof locked.markers === "string" && loose(wanted.markers) !== loose(locked.markers)) {
    out.push(`${label}: markers "${wanted.markers}" in Pipfile, "${locked.markers}" in Pipfile.lock`);
  }
  return out;
}
