/**
 * Reading `Pipfile.lock`, the one reader for every use (the Python version, the install): JSON with
 * positions in errors, no key written twice, sections and entries of the shapes pyslug uses, hashes pip accepts.
 */
import path from "node:path";
import fs from "fs-extra";
import { BuildError } from "../../support/errors.js";
import { readAppText, SIZE_LIMITS } from "../../support/text-file.js";

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
  /** 1-based line of each package entry, by `section/key`, for messages. */
  entryLines?: ReadonlyMap<string, number>;
}

/** Hash algorithms pip accepts in hash-checking mode. */
const PIP_HASH_ALGORITHMS = new Set(["sha256", "sha384", "sha512"]);

/** A key written twice in one object of a JSON text, and the lines of each package entry. */
interface JsonScan {
  duplicate?: { key: string; path: string[]; first: number; again: number };
  entryLines: Map<string, number>;
}

/**
 * One pass over valid JSON text: finds the first key written twice in an object (JSON.parse keeps
 * the last silently), and the lines of the keys two levels down (`default`/`six`). Linear.
 */
export function scanJson(text: string): JsonScan {
  const entryLines = new Map<string, number>();
  // Per open object: its keys with their lines, whether a key comes next, and its key path. Arrays: null keys.
  const stack: { keys: Map<string, number> | null; keyNext: boolean; path: string[] }[] = [];
  let line = 1;
  let lastKey: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x7b || c === 0x5b) {
      const parent = stack[stack.length - 1];
      const childPath = parent ? [...parent.path, lastKey ?? "[]"] : [];
      stack.push({ keys: c === 0x7b ? new Map() : null, keyNext: c === 0x7b, path: parent?.keys ? childPath : (parent?.path ?? []) });
      lastKey = undefined;
    } else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.keyNext = true;
    } else if (c === 0x22) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.keyNext) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const first = top.keys.get(key);
        if (first !== undefined) return { duplicate: { key, path: top.path, first, again: line }, entryLines };
        top.keys.set(key, line);
        if (top.path.length === 1) entryLines.set(`${top.path[0]}/${key}`, line);
        top.keyNext = false;
        lastKey = key;
      }
      i = end;
    }
  }
  return { entryLines };
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
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineAndColumn(json, Number(pos[1])) : undefined;
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
  const relock = `Regenerate it with 'pipenv lock' (resolve merge conflicts by re-locking, not by hand), then commit ${file}.`;
  const scan = scanJson(json);
  if (scan.duplicate) {
    const { key, path: where, first, again } = scan.duplicate;
    const inside = where.length ? ` in ${where.map((k) => JSON.stringify(k)).join(" → ")}` : "";
    throw new BuildError(
      `${file}, line ${again}: the key ${JSON.stringify(key)} appears twice${inside} (lines ${first} and ${again}), ` +
        `so it is unclear which entry is meant (often a hand-merged lock).\n${relock}`,
      { file, line: again },
    );
  }
  for (const name of ["_meta", "default", "develop"]) {
    if (raw[name] !== undefined && !isRecord(raw[name])) {
      throw new BuildError(`${file}: "${name}" must be a JSON object, not ${describeJson(raw[name])}.\n${relock}`, { file });
    }
  }
  const meta = isRecord(raw["_meta"]) ? raw["_meta"] : {};
  const hashRecord = isRecord(meta["hash"]) ? meta["hash"] : {};
  const sha = hashRecord["sha256"];
  const sources = Array.isArray(meta["sources"]) ? meta["sources"].filter(isRecord).map(toSource) : [];
  const lock: PipfileLock = {
    hash: typeof sha === "string" ? sha : undefined,
    sources,
    requires: isRecord(meta["requires"]) ? meta["requires"] : {},
    default: toSection(raw["default"]),
    develop: toSection(raw["develop"]),
    raw,
    entryLines: scan.entryLines,
  };
  checkEntries(lock, raw, file, relock);
  return lock;
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `a ${typeof value}`;
}

/** Every package entry is an object (or a version string), and its hashes are ones pip accepts. */
function checkEntries(lock: PipfileLock, raw: Record<string, unknown>, file: string, relock: string): void {
  for (const section of ["default", "develop"] as const) {
    const entries = raw[section];
    if (!isRecord(entries)) continue;
    for (const [key, entry] of Object.entries(entries)) {
      const line = lock.entryLines?.get(`${section}/${key}`);
      const where = line === undefined ? `${file}` : `${file}, line ${line}`;
      const fail = (what: string): never => {
        throw new BuildError(`${where}: ${JSON.stringify(key)} in "${section}" ${what}.\n${relock}`, { file, line });
      };
      if (typeof entry === "string") continue;
      if (!isRecord(entry)) fail(`is ${describeJson(entry)}, not a package entry`);
      const record = entry as Record<string, unknown>;
      const hashes = record["hashes"] ?? [];
      if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== "string")) fail(`has "hashes" that aren't a list of strings`);
      const algorithms = new Set((hashes as string[]).map((h) => (h.includes(":") ? h.slice(0, h.indexOf(":")).toLowerCase() : h)));
      const refused = [...algorithms].filter((a) => !PIP_HASH_ALGORITHMS.has(a));
      if (refused.length > 0) {
        fail(
          `has ${refused.join(" and ")} hashes, which pip refuses (it checks sha256, sha384 or sha512 only; ` +
            `an old Pipenv wrote md5 hashes)`,
        );
      }
    }
  }
}

/**
 * The app's `Pipfile.lock` (in `buildDir`), read and parsed, or undefined when there is none.
 * The one reader: the version choice and the install read it alike (BOM, CRLF, size limit, errors).
 */
export async function readPipfileLock(buildDir: string, file = "Pipfile.lock"): Promise<PipfileLock | undefined> {
  const abs = path.join(buildDir, file);
  const stat = await fs.stat(abs).catch(() => undefined);
  if (!stat?.isFile()) return undefined;
  return parsePipfileLock(await readAppText(abs, file, SIZE_LIMITS["Pipfile.lock"]), file);
}

/** A string or number of the lock as text; anything else (absent, a table) as "". */
function scalarText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

function toSource(record: Record<string, unknown>): LockSource {
  return {
    name: scalarText(record["name"]),
    url: scalarText(record["url"]),
    verify_ssl: record["verify_ssl"] !== false,
  };
}

function toSection(value: unknown): LockSection {
  const section: LockSection = new Map();
  if (!isRecord(value)) return section;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === "string") section.set(key, entry);
    else if (isRecord(entry)) section.set(key, entry);
  }
  return section;
}

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
