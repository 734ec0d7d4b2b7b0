/**
 * Translates `Pipfile.lock` into pip requirement lines exactly as `pipenv requirements --hash`
 * (Pipenv 2022.12.19) prints them, plus the structured data pyslug needs to install them.
 *
 * pipenv's output: `-i <first source url>` then `--extra-index-url <url>` for each other source
 * of `_meta.sources` (raw, `${VAR}` not expanded; a package's `index` adds nothing), then one line
 * per package in lock order (`--dev`: `develop` first, then `default`, a package in both taking
 * `default`'s entry at `develop`'s position).
 */
import type { LockEntry, LockSection, LockSource, PipfileLock } from "./lock-file.js";
import { entryMarkers } from "./markers.js";

/** VCS keys a lock entry may use, in the order Pipenv looks for them. */
export const VCS_KEYS = ["git", "svn", "hg", "bzr"] as const;
export type VcsKind = (typeof VCS_KEYS)[number];

/** A local directory or file package (`path`/`file` entries that are not URLs). */
export interface LockedLocalEntry {
  /** The lock key: the package name, or a placeholder like `e1839a8` in old locks. */
  key: string;
  /** As written in the lock, relative to the app (e.g. `.`, `./packages/x`). */
  path: string;
  editable: boolean;
  extras: string[];
  markers: string | undefined;
  /** The pip requirement line, as pipenv prints it. */
  line: string;
  /** The line without markers, for pip once pyslug has found that they apply. */
  installLine: string;
}

/** A VCS requirement (`git = ...`, `ref = ...`). */
export interface VcsRequirement {
  key: string;
  vcs: VcsKind;
  /** The pip URL, `git+https://...`. */
  url: string;
  ref: string | undefined;
  subdirectory: string | undefined;
  editable: boolean;
  markers: string | undefined;
  /** The pip requirement line, as pipenv prints it. */
  line: string;
  /** The line without markers, for pip once pyslug has found that they apply (pip rejects markers in `-e` URLs). */
  installLine: string;
}

/** The result of translating a lock. */
export interface PipenvRequirements {
  /** `-i URL` / `--extra-index-url URL` lines, from `_meta.sources`. */
  indexLines: string[];
  /** Every package line, in pipenv's order. */
  lines: string[];
  /** indexLines + lines, newline-terminated: `pipenv requirements --hash` output. */
  text: string;
  /** Named (index) requirements, pinned and hashed: safe for `pip install --require-hashes`. */
  hashed: string[];
  /** Named requirements lacking a pin or hashes. */
  unhashed: string[];
  /** Remote `file`/`uri` URL requirements with their hashes (safe for `pip install --require-hashes`), and the PEP 508 name (with markers) each installs. */
  hashedUrls: { line: string; requirement: string }[];
  /** Remote `file`/`uri` URL requirements without hashes. */
  urls: string[];
  local: LockedLocalEntry[];
  vcs: VcsRequirement[];
  /** True when every named requirement is pinned (`==`/`===`) and hashed. */
  allPinnedHashed: boolean;
  sources: LockSource[];
}

/** Options for {@link lockToRequirements}. */
export interface LockToRequirementsOptions {
  /** Include `develop` (like `pipenv requirements --dev`). */
  dev?: boolean;
  /** Append `--hash=` options (like `--hash`); default true. */
  hashes?: boolean;
  /** Keep markers (default true; `--exclude-markers` drops them). */
  markers?: boolean;
}

/** Translates a parsed lock into requirement lines and structured data. */
export function lockToRequirements(lock: PipfileLock, options: LockToRequirementsOptions = {}): PipenvRequirements {
  const withHashes = options.hashes ?? true;
  const withMarkers = options.markers ?? true;
  const deps: LockSection = new Map();
  if (options.dev) for (const [k, v] of lock.develop) deps.set(k, v);
  for (const [k, v] of lock.default) deps.set(k, v);

  const result: PipenvRequirements = {
    indexLines: lock.sources.map((s, i) => `${i === 0 ? "-i" : "--extra-index-url"} ${s.url}`),
    lines: [],
    text: "",
    hashed: [],
    unhashed: [],
    hashedUrls: [],
    urls: [],
    local: [],
    vcs: [],
    allPinnedHashed: true,
    sources: lock.sources,
  };
  for (const [key, value] of deps) {
    const entry: LockEntry = typeof value === "string" ? { version: value } : value;
    const markers = withMarkers ? entryMarkers(entry) : undefined;
    const vcs = VCS_KEYS.find((k) => typeof entry[k] === "string");
    let line: string;
    if (vcs) {
      const req = vcsRequirement(key, vcs, entry, markers);
      result.vcs.push(req);
      line = req.line;
    } else if (typeof entry.path === "string" || typeof entry.file === "string" || typeof entry.uri === "string") {
      const target = (entry.path ?? entry.file ?? entry.uri)!;
      if (isUrl(target)) {
        line = withHash(appendMarkers(fileUrl(key, target, entry), markers), entry, withHashes);
        if (withHashes && entryHashes(entry).length > 0)
          result.hashedUrls.push({ line, requirement: appendMarkers(safeName(key), markers) });
        else result.urls.push(line);
      } else {
        const pkg = localPackage(key, target, entry, markers, withHashes);
        result.local.push(pkg);
        line = pkg.line;
      }
    } else {
      line = namedLine(key, entry, markers, withHashes);
      const hashed = entryHashes(entry).length > 0 && isPinned(entry.version);
      if (hashed && withHashes) result.hashed.push(line);
      else result.unhashed.push(line);
      if (!hashed) result.allPinnedHashed = false;
    }
    result.lines.push(line);
  }
  result.text = [...result.indexLines, ...result.lines].map((l) => l + "\n").join("");
  return result;
}

/**
 * A `file`/`uri` URL as Pipenv writes it: with `#egg=<the lock's key>` unless it has an egg already (pip
 * ignores the name for a file it can read metadata from, and accepts it). With extras Pipenv writes a
 * fragment pip can't read; pyslug then leaves the URL as it is. Pure.
 */
function fileUrl(key: string, url: string, entry: LockEntry): string {
  if (/#(.*&)?egg=/.test(url) || (entry.extras?.length ?? 0) > 0) return url;
  return `${url}#egg=${key}`;
}

/** pkg_resources' safe_name, lowercased: runs of characters other than `A-Za-z0-9.` become `-`. */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, "-").toLowerCase();
}

/** Extras as pipenv writes them: lowercased, deduplicated, sorted, `[a,b]`. */
export function extrasSuffix(extras: readonly string[] | undefined): string {
  if (!extras || extras.length === 0) return "";
  return `[${[...new Set(extras.map((e) => e.toLowerCase()))].sort().join(",")}]`;
}

/** A version specifier as packaging's SpecifierSet prints it (`*` and empty → ""). */
export function normaliseSpecifier(version: string | undefined): string {
  if (!version || version.trim() === "*") return "";
  return version
    .split(",")
    .map((s) => s.replace(/\s+/g, ""))
    .filter((s) => s !== "")
    .sort()
    .join(",");
}

/** True for a single `==X` / `===X` specifier without a wildcard. */
export function isPinned(version: string | undefined): boolean {
  const spec = normaliseSpecifier(version);
  return /^===?[^,=<>!~]+$/.test(spec) && !spec.endsWith(".*");
}

function entryHashes(entry: LockEntry): string[] {
  if (Array.isArray(entry.hashes)) return entry.hashes.filter((h): h is string => typeof h === "string");
  return typeof entry.hash === "string" ? [entry.hash] : [];
}

function withHash(line: string, entry: LockEntry, withHashes: boolean): string {
  const hashes = withHashes ? entryHashes(entry) : [];
  return hashes.length ? `${line} ${hashes.map((h) => `--hash=${h}`).join(" ")}` : line;
}

function appendMarkers(line: string, markers: string | undefined): string {
  return markers ? `${line} ; ${markers}` : line;
}

/** `-e x`, quoting `x ; markers` as pipenv does for editables with markers. */
function editableLine(body: string, markers: string | undefined): string {
  return markers ? `-e "${body} ; ${markers}"` : `-e ${body}`;
}

function namedLine(key: string, entry: LockEntry, markers: string | undefined, withHashes: boolean): string {
  const base = safeName(key) + extrasSuffix(entry.extras) + normaliseSpecifier(entry.version);
  return withHash(appendMarkers(base, markers), entry, withHashes);
}

function localPackage(key: string, target: string, entry: LockEntry, markers: string | undefined, withHashes: boolean): LockedLocalEntry {
  const editable = entry.editable === true;
  const body = localPathText(target) + extrasSuffix(entry.extras);
  const line = editable ? editableLine(body, markers) : withHash(appendMarkers(body, markers), entry, withHashes);
  const installLine = editable ? editableLine(body, undefined) : withHash(body, entry, withHashes);
  return { key, path: target, editable, extras: [...(entry.extras ?? [])], markers, line, installLine };
}

/** A local path as pipenv prints it: relative paths keep or gain a `./` prefix, `.` stays `.`. */
export function localPathText(path: string): string {
  if (path === "." || path === "./") return ".";
  if (path.startsWith("/") || path.startsWith("./") || path.startsWith("../") || /^[A-Za-z]:[\\/]/.test(path)) return path;
  return `./${path}`;
}

function isUrl(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text) && !text.startsWith("file:");
}

/** `git@host:owner/repo.git` → `ssh://git@host/owner/repo.git`; other URLs unchanged. */
function scpToSsh(url: string): string {
  const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.*)$/.exec(url);
  return scp ? `ssh://${scp[1]}/${scp[2]}` : url;
}

function vcsRequirement(key: string, vcs: VcsKind, entry: LockEntry, markers: string | undefined): VcsRequirement {
  const raw = scpToSsh(entry[vcs] as string);
  const url = raw.startsWith(`${vcs}+`) ? raw : `${vcs}+${raw}`;
  const ref = typeof entry.ref === "string" && entry.ref !== "" ? entry.ref : undefined;
  const subdirectory = typeof entry.subdirectory === "string" && entry.subdirectory !== "" ? entry.subdirectory : undefined;
  const editable = entry.editable === true;
  let body = `${url}${ref ? `@${ref}` : ""}#egg=${key}${extrasSuffix(entry.extras)}`;
  if (subdirectory) body += `&subdirectory=${subdirectory}`;
  const line = editable ? editableLine(body, markers) : appendMarkers(body, markers);
  const installLine = editable ? editableLine(body, undefined) : body;
  return { key, vcs, url, ref, subdirectory, editable, markers, line, installLine };
}

/** True for URLs Pipenv treats as PyPI's (`PIPENV_PYPI_MIRROR` replaces these). */
export function isPypiUrl(url: string): boolean {
  return /^https?:\/\/pypi(?:\.python)?\.org\/simple\/?$/.test(url);
}

/**
 * Sources as Pipenv uses them with `PIPENV_PYPI_MIRROR`: each PyPI source's URL becomes the mirror
 * (keeping its name; `verify_ssl` true only for an https mirror); other sources stay.
 */
export function applyPypiMirror(sources: readonly LockSource[], mirror: string | undefined): LockSource[] {
  if (!mirror) return sources.map((s) => ({ ...s }));
  return sources.map((s) => (isPypiUrl(s.url) ? { name: s.name, url: mirror, verify_ssl: mirror.startsWith("https://") } : { ...s }));
}
