/**
 * Classifying the requirement part of a line (or an `-e` value) into named / local-path / vcs / url,
 * with pip's rules for telling paths, URLs and PEP 508 requirements apart.
 */
import path from "node:path";
import { expandEnv, ENV_VAR } from "./lines.js";
import { fileUrlPath, isArchiveName, isInside, isInstallableDir, realPath, statOf, toAppRelative } from "./local-paths.js";
import { canonicalName, parseNamedRequirement, SpecError } from "./pep508.js";
import { canonicalMarker, MarkerSyntaxError } from "../markers.js";
import { redactText } from "../../support/redact.js";
import type { RequirementKind, Source } from "./types.js";

/** URL schemes pip treats as version-control URLs. */
export const VCS_SCHEMES: readonly string[] = [
  "bzr+http",
  "bzr+https",
  "bzr+ssh",
  "bzr+sftp",
  "bzr+ftp",
  "bzr+lp",
  "bzr+file",
  "git+http",
  "git+https",
  "git+ssh",
  "git+git",
  "git+file",
  "hg+file",
  "hg+http",
  "hg+https",
  "hg+ssh",
  "hg+static-http",
  "svn+ssh",
  "svn+http",
  "svn+https",
  "svn+svn",
  "svn+file",
];

const URL_SCHEMES = new Set(["http", "https", "file", "ftp", ...VCS_SCHEMES]);
const EGG_FRAGMENT = /[#&]egg=([^&]*)/;
const ANY_SCHEME_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/** What the caller needs to report a problem on the current line. */
export interface ClassifyContext {
  /** Canonical absolute app root. */
  appRoot: string;
  env: Readonly<Record<string, string | undefined>>;
  source: Source;
  /** Throw a BuildError for this line: what is wrong and how to fix it. */
  fail(what: string, fix: string): never;
}

/** The classification of one requirement or editable. */
export interface Classified {
  kind: RequirementKind;
  name?: string;
  extras: string[];
  path?: string;
  url?: string;
  marker?: string;
  /** Normalised text for the fingerprint (without per-requirement options). */
  canonical: string;
}

const PATH_FIX =
  "Paths in requirements files are relative to the app root (where pip runs), not to the requirements file; " +
  "make sure the path is committed to the app's repository.";

/** The lowercase scheme of a URL pip recognises, or undefined. */
export function urlScheme(text: string): string | undefined {
  const colon = text.indexOf(":");
  if (colon < 0) return undefined;
  const scheme = text.slice(0, colon).toLowerCase();
  return URL_SCHEMES.has(scheme) ? scheme : undefined;
}

/** pip's test for "looks like a path": contains a slash or starts with a dot. */
function looksLikePath(text: string): boolean {
  return text.includes("/") || text.startsWith(".");
}

/** Project name from `#egg=name` or a wheel file name, when present. */
function nameFromUrl(url: string): string | undefined {
  const egg = EGG_FRAGMENT.exec(url)?.[1];
  if (egg) return egg;
  const file =
    url
      .replace(/[?#].*$/, "")
      .split("/")
      .pop() ?? "";
  if (file.toLowerCase().endsWith(".whl")) return file.split("-")[0] || undefined;
  return undefined;
}

/**
 * `base[extras]`: the last `[` that leaves a non-empty, `]`-free list before the final `]` (what `^(.+)(\[[^\]]+\])$`
 * matches, found with two scans: that regex backtracks through every `[` of a long line).
 */
function splitExtras(text: string): { base: string; extras: string[] } {
  const close = text.length - 1;
  if (close < 3 || text[close] !== "]") return { base: text, extras: [] };
  let open = text.lastIndexOf("[", close - 1);
  if (open === close - 1) open = text.lastIndexOf("[", open - 1);
  if (open < 1 || text.lastIndexOf("]", close - 1) > open) return { base: text, extras: [] };
  const extras = text
    .slice(open + 1, close)
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  return { base: text.slice(0, open), extras };
}

/** Replace `${VAR}` references by a neutral token so the syntax can be checked without their values. */
function withPlaceholders(text: string): string {
  return text.replace(ENV_VAR, "ENVVAR0");
}

/**
 * Resolve a local path (relative to the app root), check it exists and lives inside the app.
 * Returns the canonical absolute path and its app-relative form.
 */
function resolveLocal(raw: string, ctx: ClassifyContext): { abs: string; rel: string } {
  const expanded = expandEnv(raw, ctx.env, (name) =>
    ctx.fail(`the local path ${raw} uses \${${name}}, which is not set`, "Set the config var, or write the path without it."),
  );
  const lexical = path.resolve(ctx.appRoot, expanded);
  if (!statOf(lexical)) ctx.fail(`the local path ${raw} does not exist`, PATH_FIX);
  const real = realPath(lexical);
  if (!isInside(ctx.appRoot, lexical) || !isInside(ctx.appRoot, real)) {
    ctx.fail(
      `the local path ${raw} is outside the app`,
      "Local packages must live inside the app; move the package into the app's repository.",
    );
  }
  return { abs: real, rel: toAppRelative(ctx.appRoot, lexical) };
}

/** Check a resolved local path is a buildable project directory or an archive file. */
function checkLocalTarget(raw: string, abs: string, ctx: ClassifyContext): void {
  const st = statOf(abs);
  if (st?.isDirectory()) {
    if (!isInstallableDir(abs)) {
      ctx.fail(
        `the directory ${raw} is not a Python project (it has neither pyproject.toml nor setup.py)`,
        "Point the line at the project's root directory.",
      );
    }
  } else if (!isArchiveName(abs)) {
    ctx.fail(
      `${raw} is neither a project directory nor a package archive (.whl, .tar.gz, .zip, …)`,
      "Point the line at a project directory or an archive.",
    );
  }
}

function markerOf(text: string | undefined, ctx: ClassifyContext, line: string): string | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  let canonical: string;
  try {
    canonical = canonicalMarker(withPlaceholders(text.trim()));
  } catch (error) {
    if (error instanceof MarkerSyntaxError) ctx.fail(`invalid requirement '${redactText(line)}': ${error.message}`, VALID_FORMS);
    throw error;
  }
  // With `${VAR}` the canonical form keeps the reference (its value isn't fingerprinted), so it can't come from the placeholder.
  return text.includes("${") ? text.trim().replace(/\s+/g, " ") : canonical;
}

/** Describes valid requirement forms, for error messages. */
export const VALID_FORMS =
  "Valid forms are a name with optional extras, version and marker (requests, requests[socks]>=2.31, " +
  'tomli; python_version < "3.11"), name @ URL (pkg @ https://host/pkg-1.0.tar.gz), ' +
  "a local path (./pkg, ./dist/pkg-1.0-py3-none-any.whl), a VCS URL (git+https://host/repo.git@v1.0#egg=pkg), " +
  "or an option line (-r other.txt, -e ./pkg, --index-url URL).";

function suffix(extras: readonly string[], marker: string | undefined): string {
  return `${extras.length ? `[${extras.map(canonicalName).sort().join(",")}]` : ""}${marker ? `; ${marker}` : ""}`;
}

/** Classify a URL (no marker) given directly on a line or after `name @`. */
function classifyUrl(url: string, ctx: ClassifyContext, editable: boolean): Omit<Classified, "canonical" | "marker" | "extras"> {
  const scheme = url.slice(0, url.indexOf(":")).toLowerCase();
  const name = nameFromUrl(url);
  if (scheme === "file") {
    const filePath = fileUrlPath(url);
    if (filePath === undefined) ctx.fail(`${redactText(url)} names a file on another host`, "Use a file: URL or path inside the app.");
    const { abs, rel } = resolveLocal(filePath, ctx);
    if (!editable) checkLocalTarget(filePath, abs, ctx);
    return name ? { kind: "local-path", name, path: rel } : { kind: "local-path", path: rel };
  }
  const kind: RequirementKind = VCS_SCHEMES.includes(scheme) ? "vcs" : "url";
  const redacted = redactText(url);
  return name ? { kind, name, url: redacted } : { kind, url: redacted };
}

/** Classify the requirement part of a (non-editable) requirement line, as pip's install_req_from_line would. */
export function classifyRequirement(args: string, ctx: ClassifyContext): Classified {
  const invalid = (reason: string): never => ctx.fail(`invalid requirement '${redactText(args)}': ${reason}`, VALID_FORMS);
  if (urlScheme(args) !== undefined) {
    const sep = args.indexOf("; ");
    const url = (sep < 0 ? args : args.slice(0, sep)).trim();
    const marker = markerOf(sep < 0 ? undefined : args.slice(sep + 2), ctx, args);
    if (/\s/.test(url)) invalid("a URL cannot contain spaces");
    const found = classifyUrl(url, ctx, false);
    const target = found.kind === "local-path" ? `path:${found.path}` : (found.url as string);
    return { ...found, extras: [], ...(marker ? { marker } : {}), canonical: `${target}${suffix([], marker)}` };
  }
  const semi = args.indexOf(";");
  const reqPart = (semi < 0 ? args : args.slice(0, semi)).trim();
  const markerText = semi < 0 ? undefined : args.slice(semi + 1);
  const other = ANY_SCHEME_URL.exec(reqPart);
  if (other && !reqPart.includes("@")) {
    invalid(
      `'${other[1]}' is not a URL scheme pip can install from (use https://, file:, or a VCS scheme like git+https:// or git+ssh://)`,
    );
  }
  const { base, extras } = splitExtras(reqPart);
  const isPathLike = looksLikePath(reqPart);
  const atIndex = reqPart.indexOf("@");
  const pep508Url = atIndex >= 0 && !looksLikePath(reqPart.slice(0, atIndex));
  if (isPathLike || isArchiveName(base)) {
    const expanded = expandEnv(base, ctx.env, () => undefined);
    const st = statOf(path.resolve(ctx.appRoot, expanded));
    if (st || !pep508Url) {
      const marker = markerOf(markerText, ctx, args);
      const { abs, rel } = resolveLocal(base, ctx);
      checkLocalTarget(base, abs, ctx);
      const name = nameFromUrl(base);
      return {
        kind: "local-path",
        ...(name ? { name } : {}),
        extras,
        path: rel,
        ...(marker ? { marker } : {}),
        canonical: `path:${rel}${suffix(extras, marker)}`,
      };
    }
  }
  let spec;
  try {
    spec = parseNamedRequirement(withPlaceholders(reqPart));
  } catch (error) {
    if (error instanceof SpecError) return invalid(error.message);
    throw error;
  }
  const marker = markerOf(markerText, ctx, args);
  const name = reqPart.slice(0, spec.name.length);
  const realExtras = spec.extras;
  if (spec.url !== undefined) {
    const url = reqPart.slice(reqPart.indexOf("@") + 1).trim();
    const found = classifyUrl(url, ctx, false);
    const target = found.kind === "local-path" ? `path:${found.path}` : (found.url as string);
    return {
      ...found,
      name,
      extras: realExtras,
      ...(marker ? { marker } : {}),
      canonical: `${canonicalName(name)}${suffix(realExtras, undefined)} @ ${target}${marker ? `; ${marker}` : ""}`,
    };
  }
  const canonical = reqPart.includes("${")
    ? `${reqPart.replace(/\s+/g, " ")}${marker ? `; ${marker}` : ""}`
    : `${canonicalName(name)}${suffix(realExtras, undefined)}${spec.specifier}${marker ? `; ${marker}` : ""}`;
  return { kind: "named", name, extras: realExtras, ...(marker ? { marker } : {}), canonical };
}

/** Classify an `-e` value: a local project directory (or file: URL) or a VCS URL with `#egg=`. */
export function classifyEditable(value: string, ctx: ClassifyContext): Classified {
  const { base, extras } = splitExtras(value);
  const expanded = expandEnv(base, ctx.env, () => undefined);
  const isDir = statOf(path.resolve(ctx.appRoot, expanded))?.isDirectory() === true;
  if (isDir || /^file:/i.test(base)) {
    const found = isDir ? { path: resolveLocal(base, ctx).rel, name: undefined } : classifyUrl(base, ctx, true);
    const abs = path.resolve(ctx.appRoot, found.path as string);
    if (!statOf(abs)?.isDirectory() || !isInstallableDir(abs)) {
      ctx.fail(
        `the editable ${value} is not a Python project directory (it needs pyproject.toml or setup.py)`,
        "Point -e at the project's root directory.",
      );
    }
    const name = found.name;
    return {
      kind: "local-path",
      ...(name ? { name } : {}),
      extras,
      path: found.path,
      canonical: `-e path:${found.path}${suffix(extras, undefined)}`,
    };
  }
  let url = value;
  for (const vcs of ["bzr", "git", "hg", "svn"]) {
    if (url.toLowerCase().startsWith(`${vcs}:`)) url = `${vcs}+${url}`;
  }
  const scheme = urlScheme(url);
  if (scheme === undefined || !VCS_SCHEMES.includes(scheme)) {
    if (looksLikePath(base)) resolveLocal(base, ctx);
    ctx.fail(
      `-e ${redactText(value)} is not a valid editable requirement`,
      "An editable must be a path to a local project (-e ./pkg, -e .) or a VCS URL " +
        `(-e git+https://host/repo.git#egg=name; schemes: ${VCS_SCHEMES.join(", ")}). ` +
        "For a released package, drop -e and write its name.",
    );
  }
  const name = EGG_FRAGMENT.exec(url)?.[1];
  if (!name) {
    ctx.fail(`cannot tell the project name of the editable ${redactText(value)}`, "Add #egg=<project name> to the end of the URL.");
  }
  const redacted = redactText(url);
  return { kind: "vcs", name, extras: [], url: redacted, canonical: `-e ${redacted}` };
}
