/** Reading `Pipfile.lock`: JSON with positions in errors, and the shapes pyslug uses. */
import { BuildError } from "../../support/errors.js";

/** One `[[source]]` as recorded in the lock's `_meta.sources`. */
export interface LockSource {
  name: string;
  url: string;
  verify_ssl: boolean;
}

/** One package entry of a lock section (`default`, `develop`, ...). Unknown keys are kept. */
export interface LockEntry {
  version?: string;
  hashes?: string[];
  hash?: string;
  markers?: string;
  extras?: string[];
  index?: string;
  editable?: boolean;
  path?: string;
  file?: string;
  uri?: string;
  git?: string;
  hg?: string;
  svn?: string;
  bzr?: string;
  ref?: string;
  subdirectory?: string;
  [key: string]: unknown;
}

/** A lock section: package key → entry, in file order. */
export type LockSection = Map<string, LockEntry | string>;

/** The parts of `Pipfile.lock` pyslug reads. */
export interface PipfileLock {
  hash: string | undefined;
  sources: LockSource[];
  requires: Record<string, unknown>;
  default: LockSection;
  develop: LockSection;
  /** The whole parsed document. */
  raw: Record<string, unknown>;
}

/** 1-based line and column of a character offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Parses lock text; invalid JSON becomes a BuildError with the line and how to fix it. */
export function parsePipfileLock(text: string, file = "Pipfile.lock"): PipfileLock {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineAndColumn(text, Number(pos[1])) : undefined;
    const at = where ? ` at line ${where.line}, column ${where.column}` : "";
    throw new BuildError(
      `${file} is not valid JSON${at}: ${message}.\n` +
        `Regenerate it with 'pipenv lock' (don't edit it by hand; resolve merge conflicts by re-locking), then commit ${file}.`,
      where ? { file, line: where.line } : { file },
    );
  }
  if (!isRecord(raw)) {
    throw new BuildError(`${file} must hold a JSON object. Regenerate it with 'pipenv lock' and commit it.`, { file });
  }
  const meta = isRecord(raw["_meta"]) ? raw["_meta"] : {};
  const hashRecord = isRecord(meta["hash"]) ? meta["hash"] : {};
  const sha = hashRecord["sha256"];
  const sources = Array.isArray(meta["sources"]) ? meta["sources"].filter(isRecord).map(toSource) : [];
  return {
    hash: typeof sha === "string" ? sha : undefined,
    sources,
    requires: isRecord(meta["requires"]) ? meta["requires"] : {},
    default: toSection(raw["default"]),
    develop: toSection(raw["develop"]),
    raw,
  };
}

function toSource(record: Record<string, unknown>): LockSource {
  return {
    name: String(record["name"] ?? ""),
    url: String(record["url"] ?? ""),
    verify_ssl: record["verify_ssl"] !== false,
  };
}

function toSection(value: unknown): LockSection {
  const section: LockSection = new Map();
  if (!isRecord(value)) return section;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === "string") section.set(key, entry);
    else if (isRecord(entry)) section.set(key, entry as LockEntry);
  }
  return section;
}

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
