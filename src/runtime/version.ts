import semver from "semver";
import { BuildError, excerpt } from "../support/errors.js";
import type { PythonInventory } from "./inventory.js";

/** Where a Python version request came from, highest precedence first. */
export type VersionOrigin =
  "runtime.txt" | ".python-version" | "Pipfile.lock python_full_version" | "Pipfile.lock python_version" | "previous build" | "default";

export interface VersionRequest {
  /** As written, e.g. "3.12" or "3.12.4". */
  spec: string;
  origin: VersionOrigin;
  /** The file it was read from, relative to the app, if any. */
  file?: string;
  line?: number;
}

export interface ResolvedPython {
  /** Full version, e.g. "3.12.14". */
  version: string;
  /** "3.12". */
  minor: string;
  request: VersionRequest;
  /** True when the request named a minor and the inventory picked the patch. */
  patchChosen: boolean;
}

const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?$/;

function where(request: VersionRequest): string {
  if (!request.file) return request.origin;
  return request.line ? `${request.file} (line ${request.line})` : request.file;
}

function printable(text: string): string {
  return JSON.stringify(excerpt(text, 60));
}

/** Maps a request to a full version with the inventory, or says precisely why it can't. Pure. */
export function resolvePythonVersion(request: VersionRequest, inventory: PythonInventory): ResolvedPython {
  const match = VERSION.exec(request.spec);
  if (!match) {
    throw new BuildError(
      `${where(request)} asks for Python ${printable(request.spec)}, which isn't a valid version.\n` +
        `Write the version as 3.X or 3.X.Y, for example ${inventory.defaultMinor} (recommended: the latest ${inventory.defaultMinor} patch on every build).`,
      { file: request.file, line: request.line },
    );
  }
  const [, major, minorNumber, patch] = match;
  const minor = `${major}.${minorNumber}`;
  const oldest = inventory.supported[0]!;
  const newest = inventory.supported[inventory.supported.length - 1]!;
  const asSemver = (v: string) => semver.coerce(v)!;

  if (!inventory.supported.includes(minor)) {
    if (semver.lt(asSemver(minor), asSemver(oldest))) {
      throw new BuildError(
        `${where(request)} asks for Python ${request.spec}, which has reached end of life and is no longer supported.\n` +
          `Supported versions: ${inventory.supported.join(", ")}. Upgrade the app and ask for ${inventory.defaultMinor}` +
          (request.file ? ` in ${request.file}.` : "."),
        { file: request.file, line: request.line },
      );
    }
    throw new BuildError(
      `${where(request)} asks for Python ${request.spec}, which pyslug doesn't know.\n` +
        (semver.gt(asSemver(minor), asSemver(newest))
          ? `The newest version pyslug supports is ${newest}. If ${minor} has just been released, update pyslug; otherwise check for a typo.\n`
          : `Check for a typo.\n`) +
        `Supported versions: ${inventory.supported.join(", ")}.`,
      { file: request.file, line: request.line },
    );
  }
  if (patch !== undefined) {
    return { version: `${minor}.${Number(patch)}`, minor, request, patchChosen: false };
  }
  return { version: inventory.latest[minor]!, minor, request, patchChosen: true };
}

// ---- Reading requests from files (pure: they take file contents) ----

interface MeaningfulLine {
  text: string;
  line: number;
}

/** The text before the first `#` (a scan: `#.*$` is retried from every `#` of a line that holds a `\r`). */
function withoutComment(line: string): string {
  const hash = line.indexOf("#");
  return hash < 0 ? line : line.slice(0, hash);
}

/** Non-blank lines without comments; a leading byte-order mark dropped, any line ending (LF, CRLF, CR) accepted. */
function meaningfulLines(content: string): MeaningfulLine[] {
  return (content.startsWith("\uFEFF") ? content.slice(1) : content)
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: withoutComment(raw).trim(), line: index + 1 }))
    .filter((l) => l.text !== "");
}

/** `.python-version`: one version, `3.X` or `3.X.Y`; comments and blank lines allowed. */
export function parsePythonVersionFile(content: string, file = ".python-version"): VersionRequest {
  const lines = meaningfulLines(content);
  if (lines.length === 0) {
    throw new BuildError(`${file} has no Python version in it.\nPut one line in it, for example: 3.13`, { file });
  }
  if (lines.length > 1) {
    throw new BuildError(
      `${file} names more than one Python version (lines ${lines.map((l) => l.line).join(", ")}).\n` +
        `pyslug installs exactly one; keep a single line, for example: ${lines[0]!.text}`,
      { file, line: lines[1]!.line },
    );
  }
  const { text, line } = lines[0]!;
  const cleaned = text.replace(/^python-?/i, "");
  if (!VERSION.test(text)) {
    throw new BuildError(
      `${file}, line ${line}: ${printable(text)} isn't a valid Python version.\n` +
        (VERSION.test(cleaned)
          ? `Write just the number: ${cleaned}`
          : `Write the version as 3.X or 3.X.Y, for example 3.13 (pyenv virtualenv names and ranges aren't supported).`),
      { file, line },
    );
  }
  return { spec: text, origin: ".python-version", file, line };
}

/** `runtime.txt` (deprecated): `python-3.X` or `python-3.X.Y`. */
export function parseRuntimeTxt(content: string, file = "runtime.txt"): VersionRequest {
  const lines = meaningfulLines(content);
  const first = lines[0];
  const match = first && /^python-(\S+)$/.exec(first.text);
  if (!first || !match || lines.length > 1) {
    throw new BuildError(
      `${file}${first ? `, line ${first.line}` : ""}: ${first ? printable(first.text) : "the file is empty and"} isn't a valid runtime.txt.\n` +
        `It must contain one line like python-3.13. Better: delete runtime.txt and put 3.13 in a .python-version file.`,
      { file, line: first?.line },
    );
  }
  return { spec: match[1]!, origin: "runtime.txt", file, line: first.line };
}

/** Pipfile.lock `_meta.requires`: python_full_version wins over python_version. */
export function requestFromPipfileLock(lock: unknown, file = "Pipfile.lock"): VersionRequest | undefined {
  const requires = (lock as { _meta?: { requires?: Record<string, unknown> } } | null)?._meta?.requires;
  if (!requires || typeof requires !== "object") return undefined;
  const full = requires["python_full_version"];
  if (typeof full === "string" && full.trim() !== "") {
    return { spec: full.trim(), origin: "Pipfile.lock python_full_version", file };
  }
  const minor = requires["python_version"];
  if (typeof minor === "string" && minor.trim() !== "") {
    return { spec: minor.trim(), origin: "Pipfile.lock python_version", file };
  }
  return undefined;
}
