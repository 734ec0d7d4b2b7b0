/**
 * Reading an app's pip requirements files (with `-r`/`-c` includes) into a RequirementSet:
 * entries, global options, the files read, and a fingerprint that ignores comments and layout
 * but changes with any real change in any included file.
 */
import fs from "node:fs";
import path from "node:path";
import { BuildError, excerpt } from "../../support/errors.js";
import { checkSize, decodeAppText, SIZE_LIMITS } from "../../support/text-file.js";
import { classifyEditable, classifyRequirement, type ClassifyContext } from "./classify.js";
import { fingerprintOf, sha256Hex } from "./fingerprint.js";
import { envVarNames, expandEnv, logicalLines } from "./lines.js";
import { fileUrlPath, isInside, realPath, statOf, toAppRelative } from "./local-paths.js";
import { OptionError, parseOptionWords, PER_REQUIREMENT_OPTIONS, splitArgsAndOptions, type ParsedOption } from "./options.js";
import { redactText } from "../../support/redact.js";
import { shellSplit, SplitError } from "./shlex.js";
import type {
  GlobalOptions,
  ParseWarning,
  RequirementEntry,
  RequirementOption,
  RequirementSet,
  RequirementsFile,
  Source,
} from "./types.js";

export { describeChanges, snapshotOf } from "./fingerprint.js";
export { redactText, redactUrl } from "../../support/redact.js";
export type * from "./types.js";

/** Options for readRequirements(). */
export interface ReadRequirementsOptions {
  /** Environment used to expand `${VAR}` in include paths and local paths (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A file on the include chain, for cycle detection and messages. */
interface ChainLink {
  real: string;
  rel: string;
}

/** Mutable state of one readRequirements() call. */
interface ReadState {
  appRoot: string;
  env: Readonly<Record<string, string | undefined>>;
  requirements: RequirementEntry[];
  constraints: RequirementEntry[];
  options: GlobalOptions;
  files: Map<string, RequirementsFile>;
  envVars: Set<string>;
  warnings: ParseWarning[];
  canonical: string[];
  /** Bytes read so far, every include counted each time it is read: bounds the work of any include graph. */
  bytesRead: number;
}

/** Throw a BuildError located at `source`, with credentials redacted (and a long line quoted in part). */
function failAt(source: Source, what: string, fix: string): never {
  // Redacted before it is cut, so that a cut can't separate a token from the `@` that marks it.
  throw new BuildError(`${source.file}, line ${source.line}: ${excerpt(redactText(what), 400)}. ${redactText(fix)}`, {
    file: source.file,
    line: source.line,
  });
}

function emptyOptions(): GlobalOptions {
  return {
    extraIndexUrls: [],
    noIndex: false,
    findLinks: [],
    trustedHosts: [],
    pre: false,
    preferBinary: false,
    requireHashes: false,
    onlyBinary: [],
    noBinary: [],
    features: [],
  };
}

/** Canonical text of one option (`--index-url URL`, `--pre`), redacted. */
function canonicalOption(option: ParsedOption): string {
  return option.value === undefined ? `--${option.key}` : `--${option.key} ${redactText(option.value)}`;
}

type ListOption = "extraIndexUrls" | "findLinks" | "trustedHosts" | "features";
type FlagOption = "noIndex" | "pre" | "preferBinary" | "requireHashes";

/** Options that add their value to a list, and the list. */
const LIST_OPTIONS: Record<string, ListOption> = {
  "extra-index-url": "extraIndexUrls",
  "find-links": "findLinks",
  "trusted-host": "trustedHosts",
  "use-feature": "features",
};
/** Options that turn a switch on, and the switch. */
const FLAG_OPTIONS: Record<string, FlagOption> = {
  "no-index": "noIndex",
  pre: "pre",
  "prefer-binary": "preferBinary",
  "require-hashes": "requireHashes",
};
/** Options whose value is a comma-separated list of package names. */
const FORMAT_OPTIONS: Record<string, "onlyBinary" | "noBinary"> = { "only-binary": "onlyBinary", "no-binary": "noBinary" };

/** Record a global option line's effect. */
function applyGlobalOption(options: GlobalOptions, option: ParsedOption): void {
  const value = redactText(option.value ?? "");
  const list = LIST_OPTIONS[option.key];
  const flag = FLAG_OPTIONS[option.key];
  const format = FORMAT_OPTIONS[option.key];
  if (option.key === "index-url") options.indexUrl = value;
  else if (list) options[list].push(value);
  else if (flag) options[flag] = true;
  else if (format) options[format].push(...value.split(",").filter(Boolean));
}

/**
 * pip resolves a relative `--find-links` path against the requirements file's directory when it exists there;
 * mirror that, reporting the directory relative to the app root.
 */
function findLinksOption(option: ParsedOption, includingAbs: string, state: ReadState): ParsedOption {
  const value = option.value ?? "";
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) || path.isAbsolute(value)) return option;
  const candidate = path.resolve(path.dirname(includingAbs), value);
  if (!statOf(candidate) || !isInside(state.appRoot, candidate)) return option;
  return { ...option, value: toAppRelative(state.appRoot, candidate) };
}

/** Resolve the target of `-r`/`-c` relative to the including file; it must be an existing file inside the app. */
function resolveInclude(value: string, includingAbs: string, source: Source, state: ReadState): { abs: string; rel: string } {
  const option = `${value}`;
  const expanded = expandEnv(value, state.env, (name) =>
    failAt(source, `the include ${option} uses \${${name}}, which is not set`, "Set the config var, or write the path without it."),
  );
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(expanded) && !/^file:/i.test(expanded)) {
    failAt(
      source,
      `including the remote file ${expanded} is not supported`,
      "pyslug must be able to tell when your requirements change, so included files must live inside the app: " +
        "download the file into the app's repository and include it by path (e.g. -r requirements/base.txt).",
    );
  }
  let target = expanded;
  if (/^file:/i.test(expanded)) {
    const filePath = fileUrlPath(expanded);
    if (filePath === undefined) failAt(source, `${expanded} names a file on another host`, "Include a file inside the app by path.");
    target = filePath;
  }
  const abs = path.isAbsolute(target) ? path.normalize(target) : path.resolve(path.dirname(includingAbs), target);
  const insideFix =
    "Included requirements files must live inside the app; move the file into the app's repository and include it by a relative path.";
  if (!isInside(state.appRoot, abs)) failAt(source, `the included file ${value} is outside the app`, insideFix);
  const st = statOf(abs);
  const rel = toAppRelative(state.appRoot, abs);
  if (!st) {
    failAt(
      source,
      `the included file ${value} (${rel}) does not exist`,
      "Include paths are relative to the including file's directory; fix the path or add the file.",
    );
  }
  if (!st.isFile()) failAt(source, `the included path ${value} (${rel}) is not a file`, "Include a requirements file, not a directory.");
  if (!isInside(state.appRoot, realPath(abs))) failAt(source, `the included file ${value} links to a file outside the app`, insideFix);
  return { abs, rel };
}

/** Per-requirement options of a requirement line: hashes (sorted) and other options in order. */
function requirementOptions(options: readonly ParsedOption[]): { hashes: string[]; extra: RequirementOption[] } {
  const hashes: string[] = [];
  const extra: RequirementOption[] = [];
  for (const option of options) {
    if (option.key === "hash") hashes.push(option.value ?? "");
    else if (option.key === "global-option" || option.key === "config-settings")
      extra.push({ key: option.key, value: redactText(option.value ?? "") });
  }
  return { hashes: hashes.sort(), extra };
}

/** Read one file (already resolved and checked) and everything it includes. */
async function visit(
  abs: string,
  rel: string,
  role: RequirementsFile["role"],
  depth: number,
  chain: readonly ChainLink[],
  state: ReadState,
  includedFrom?: Source,
): Promise<void> {
  const real = realPath(abs);
  const seen = chain.findIndex((link) => link.real === real);
  if (seen >= 0 && includedFrom) {
    const names = [...chain.slice(seen).map((l) => l.rel), rel].join(" → ");
    failAt(includedFrom, `${rel} includes itself (${names})`, "Remove the -r/-c line that closes the loop.");
  }
  const entry: RequirementsFile = { path: rel, role, sha256: "", ...(includedFrom ? { includedFrom } : {}) };
  const firstRead = !state.files.has(rel);
  if (firstRead) state.files.set(rel, entry);
  const nextChain = [...chain, { real, rel }];
  const indent = "  ".repeat(depth);
  const ownLines: string[] = [];
  const emit = (line: string): void => {
    ownLines.push(line);
    state.canonical.push(indent + line);
  };
  const bytes = await fs.promises.readFile(abs);
  state.bytesRead += bytes.length;
  const top = [...state.files.keys()][0] ?? rel;
  checkSize(state.bytesRead, SIZE_LIMITS.requirements, rel, state.files.size > 1 ? `${top} with the files it includes is` : `${rel} is`);
  const content = decodeAppText(bytes, rel);

  for (const { line, text } of logicalLines(content)) {
    const source: Source = { file: rel, line };
    const warn = (message: string): void => void state.warnings.push({ message: redactText(message), source });
    for (const name of envVarNames(text)) state.envVars.add(name);
    const { args, optionText } = splitArgsAndOptions(text);
    let parsed;
    try {
      parsed = parseOptionWords(shellSplit(optionText));
    } catch (error) {
      if (error instanceof OptionError) failAt(source, `${error.message} in '${text}'`, error.hint);
      if (error instanceof SplitError)
        failAt(
          source,
          `cannot split the options of '${text}' (${error.message.toLowerCase()})`,
          "Balance the quotes or escape the backslash.",
        );
      throw error;
    }
    const { options, positional } = parsed;
    if (positional.length > 0) warn(`pip ignores '${positional.join(" ")}' after the options`);
    const ctx: ClassifyContext = { appRoot: state.appRoot, env: state.env, source, fail: (what, fix) => failAt(source, what, fix) };
    const editables = options.filter((o) => o.key === "editable");

    if (args !== "" || editables.length > 0) {
      const editable = args === "";
      const value = editable ? (editables[0]?.value ?? "") : args;
      const classified = editable ? classifyEditable(value, ctx) : classifyRequirement(args, ctx);
      const ignored = options.filter((o) => !PER_REQUIREMENT_OPTIONS.has(o.key) && !(editable && o === editables[0]));
      if (ignored.length > 0) warn(`pip ignores ${ignored.map((o) => o.spelling).join(", ")} on a requirement line`);
      const { hashes, extra } = requirementOptions(options);
      const canonical = [classified.canonical, ...hashes.map((h) => `--hash=${h}`), ...extra.map((o) => `--${o.key}=${o.value}`)].join(" ");
      const requirement: RequirementEntry = {
        kind: classified.kind,
        editable,
        ...(classified.name !== undefined ? { name: classified.name } : {}),
        extras: classified.extras,
        text: redactText(value.trim()),
        ...(classified.path !== undefined ? { path: classified.path } : {}),
        ...(classified.url !== undefined ? { url: classified.url } : {}),
        ...(classified.marker !== undefined ? { marker: classified.marker } : {}),
        hashes,
        options: extra,
        source,
        canonical,
      };
      if (role === "constraints") {
        if (editable)
          failAt(
            source,
            `the constraints file ${rel} contains the editable ${requirement.text}`,
            "Constraints can only pin named packages; move -e lines to a requirements file.",
          );
        if (requirement.name === undefined)
          failAt(
            source,
            `the constraint '${requirement.text}' has no project name`,
            "Constraints must be named; write it as name @ URL or move it to a requirements file.",
          );
        state.constraints.push(requirement);
      } else {
        state.requirements.push(requirement);
      }
      emit(canonical);
      continue;
    }

    const include = options.find((o) => o.key === "requirement") ?? options.find((o) => o.key === "constraint");
    if (include) {
      const others = options.filter((o) => o !== include);
      if (others.length > 0) warn(`pip only uses the first -r/-c on a line and ignores ${others.map((o) => o.spelling).join(", ")}`);
      const target = resolveInclude(include.value ?? "", abs, source, state);
      const flag = include.key === "requirement" ? "-r" : "-c";
      emit(`${flag} ${target.rel}`);
      await visit(
        target.abs,
        target.rel,
        include.key === "requirement" ? "requirements" : "constraints",
        depth + 1,
        nextChain,
        state,
        source,
      );
      continue;
    }

    const effective = options.filter((o) => !PER_REQUIREMENT_OPTIONS.has(o.key));
    const stray = options.filter((o) => PER_REQUIREMENT_OPTIONS.has(o.key));
    if (stray.length > 0) {
      warn(
        `pip ignores ${stray.map((o) => o.spelling).join(", ")} on a line without a requirement (a missing '\\' at the end of the previous line?)`,
      );
    }
    for (const option of effective)
      applyGlobalOption(state.options, option.key === "find-links" ? findLinksOption(option, abs, state) : option);
    if (effective.length > 0) emit(effective.map(canonicalOption).join(" "));
  }
  if (firstRead) entry.sha256 = sha256Hex(ownLines.join("\n"));
}

/**
 * Read `file` (relative to `appDir`, default requirements.txt) and every file it includes.
 * Throws BuildError (with file and line) for anything pip would reject or pyslug cannot fingerprint.
 */
export async function readRequirements(
  appDir: string,
  file = "requirements.txt",
  options: ReadRequirementsOptions = {},
): Promise<RequirementSet> {
  const appRoot = realPath(path.resolve(appDir));
  const abs = path.resolve(appRoot, file);
  const rel = toAppRelative(appRoot, abs);
  if (!isInside(appRoot, abs))
    throw new BuildError(`${file} is outside the app. The requirements file must live inside the app.`, { file });
  if (!statOf(abs)?.isFile())
    throw new BuildError(`${rel} does not exist in the app. Add it, or tell pyslug which requirements file to use.`, { file: rel });
  if (!isInside(appRoot, realPath(abs)))
    throw new BuildError(
      `${rel} is a symbolic link to ${realPath(abs)}, outside the app: the build can't rely on it.\n` +
        `Commit the requirements themselves: replace the link with a copy of the file (cp --remove-destination "$(readlink -f ${rel})" ${rel}).`,
      { file: rel },
    );
  const state: ReadState = {
    appRoot,
    env: options.env ?? process.env,
    requirements: [],
    constraints: [],
    options: emptyOptions(),
    files: new Map(),
    envVars: new Set(),
    warnings: [],
    canonical: [],
    bytesRead: 0,
  };
  await visit(abs, rel, "requirements", 0, [], state);
  const canonical = state.canonical.join("\n");
  return {
    requirements: state.requirements,
    constraints: state.constraints,
    options: state.options,
    files: [...state.files.values()],
    envVars: [...state.envVars],
    warnings: state.warnings,
    canonical,
    fingerprint: fingerprintOf(canonical),
  };
}
