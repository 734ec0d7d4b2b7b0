/** Data types returned by the requirements-file reader. Every string here is safe to log (credentials redacted). */

/** How pip will obtain a requirement. */
export type RequirementKind = "named" | "local-path" | "vcs" | "url";

/** Where something was written: file relative to the app root (POSIX separators) and 1-based line. */
export interface Source {
  file: string;
  line: number;
}

/** A per-requirement option other than `--hash`. */
export interface RequirementOption {
  key: "global-option" | "config-settings";
  value: string;
}

/** One requirement (or constraint) line. */
export interface RequirementEntry {
  kind: RequirementKind;
  /** Installed with `-e`. */
  editable: boolean;
  /** Project name as written, when known before building (`name @ …`, `#egg=`, wheel file name, plain name). */
  name?: string;
  extras: string[];
  /** The requirement text as pip sees it (for `-e`, the editable's value), credentials redacted, `${VAR}` kept. */
  text: string;
  /** For `local-path`: the resolved path relative to the app root (`.` for the root itself). */
  path?: string;
  /** For `vcs` and `url`: the URL, credentials redacted. */
  url?: string;
  /** The environment marker after `;`, canonicalised. */
  marker?: string;
  /** `--hash` values (`sha256:…`), sorted. */
  hashes: string[];
  /** `--global-option` / `--config-settings` values, in order. */
  options: RequirementOption[];
  source: Source;
  /** Normalised form used in the fingerprint. */
  canonical: string;
}

/** Options that affect the whole install (pip applies them in file order; later `-i` wins). */
export interface GlobalOptions {
  indexUrl?: string;
  extraIndexUrls: string[];
  noIndex: boolean;
  findLinks: string[];
  trustedHosts: string[];
  pre: boolean;
  preferBinary: boolean;
  requireHashes: boolean;
  onlyBinary: string[];
  noBinary: string[];
  features: string[];
}

/** One requirements or constraints file that was read. */
export interface RequirementsFile {
  /** Path relative to the app root, POSIX separators. */
  path: string;
  /** How it was first included (the top-level file counts as `requirements`). */
  role: "requirements" | "constraints";
  /** sha256 (hex) of the file's normalised content: logical lines, comments and blank lines removed. */
  sha256: string;
  /** The `-r`/`-c` line that first included it; absent for the top-level file. */
  includedFrom?: Source;
}

/** Something pip silently ignores that the app owner probably did not intend. */
export interface ParseWarning {
  message: string;
  source: Source;
}

/** Everything pyslug needs to know about an app's requirements files. */
export interface RequirementSet {
  /** Requirements in pip's order, includes expanded in place. */
  requirements: RequirementEntry[];
  /** Entries from `-c` files. */
  constraints: RequirementEntry[];
  options: GlobalOptions;
  /** Files read, in the order first read. */
  files: RequirementsFile[];
  /** Names of `${VAR}` references (pip expands them at install time; their values are not fingerprinted). */
  envVars: string[];
  warnings: ParseWarning[];
  /** Normalised canonical spec: one line per logical line, includes expanded and indented, credentials redacted. */
  canonical: string;
  /** `sha256:<hex>` of `canonical` (with a format version): equal fingerprints mean an equivalent spec. */
  fingerprint: string;
}

/** The part of a RequirementSet worth storing with the cache, enough for describeChanges(). */
export type RequirementsSnapshot = Pick<RequirementSet, "fingerprint" | "files">;
