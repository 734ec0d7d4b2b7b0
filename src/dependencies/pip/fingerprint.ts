/** Hashing the normalised spec, and explaining in words why two snapshots differ. */
import { createHash } from "node:crypto";
import type { RequirementsSnapshot } from "./types.js";

/** Bumped whenever the canonical form changes meaning, so old fingerprints never match new ones. */
export const FINGERPRINT_FORMAT = "pyslug-requirements-v1";

/** Hex sha256 of UTF-8 text. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** `sha256:<hex>` of the canonical spec, prefixed with the format version. */
export function fingerprintOf(canonical: string): string {
  return `sha256:${sha256Hex(`${FINGERPRINT_FORMAT}\n${canonical}`)}`;
}

/** Keep only what describeChanges() needs (small, JSON-safe, no secrets) for storing with the cache. */
export function snapshotOf(set: RequirementsSnapshot): RequirementsSnapshot {
  return {
    fingerprint: set.fingerprint,
    files: set.files.map((f) => ({
      path: f.path,
      role: f.role,
      sha256: f.sha256,
      ...(f.includedFrom ? { includedFrom: { ...f.includedFrom } } : {}),
    })),
  };
}

/**
 * Human reasons why `current` differs from `previous`, e.g. `requirements/base.txt changed`,
 * `requirements/dev.txt no longer included`, `constraints.txt added`. Empty when the fingerprints match.
 */
export function describeChanges(previous: RequirementsSnapshot | undefined, current: RequirementsSnapshot): string[] {
  if (previous === undefined) return ["no record of the previous build's requirements"];
  if (previous.fingerprint === current.fingerprint) return [];
  const before = new Map(previous.files.map((f) => [f.path, f]));
  const after = new Map(current.files.map((f) => [f.path, f]));
  const reasons: string[] = [];
  const oldTop = previous.files[0]?.path;
  const newTop = current.files[0]?.path;
  if (oldTop !== undefined && newTop !== undefined && oldTop !== newTop) {
    reasons.push(`requirements are now read from ${newTop} instead of ${oldTop}`);
  }
  for (const file of current.files) {
    const old = before.get(file.path);
    if (old === undefined) {
      if (file.path !== newTop) reasons.push(`${file.path} added`);
    } else if (old.sha256 !== file.sha256) {
      reasons.push(`${file.path} changed`);
    } else if (old.role !== file.role) {
      reasons.push(`${file.path} is now used as ${file.role === "constraints" ? "a constraints" : "a requirements"} file`);
    }
  }
  for (const file of previous.files) {
    if (!after.has(file.path) && file.path !== oldTop) reasons.push(`${file.path} no longer included`);
  }
  if (reasons.length === 0) reasons.push("the requirements changed");
  return reasons;
}
