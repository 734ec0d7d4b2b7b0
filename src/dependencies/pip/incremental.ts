/**
 * Whether a changed requirements spec can be installed into the previous build's environment
 * instead of a fresh one. Pure.
 *
 * pyslug then asks pip what a fresh install of the whole spec would pick (a dry run that ignores
 * what is installed) and changes only the packages whose version differs: the result is a fresh
 * install's set by construction, whatever the edit (added, removed, pinned, unpinned, moved lines).
 * That takes a spec pip can resolve without building anything and install again by name and version:
 * named requirements and local directories (which stay as installed: their digest is checked apart, and
 * their own requirements are resolved in their place), no VCS or URLs (a dry run would build them), no
 * hashes and no global options (the resolution and the pinned install read neither).
 */
import path from "node:path";
import type { IncrementalChange } from "../plan.js";
import type { RequirementEntry, RequirementSet } from "./types.js";

/** A PEP 508 string naming what a named entry requires (versions don't matter for what must stay installed). Pure. */
export function requirementName(entry: Pick<RequirementEntry, "name" | "extras" | "marker">): string | undefined {
  if (!entry.name) return undefined;
  const extras = entry.extras.length ? `[${entry.extras.join(",")}]` : "";
  return `${entry.name}${extras}${entry.marker ? `; ${entry.marker}` : ""}`;
}

/** Global options with an effect on what pip picks or where from (all but the defaults of an empty file). */
function setOptions(set: RequirementSet): string[] {
  const o = set.options;
  const found: [boolean, string][] = [
    [o.indexUrl !== undefined, "--index-url"],
    [o.extraIndexUrls.length > 0, "--extra-index-url"],
    [o.noIndex, "--no-index"],
    [o.findLinks.length > 0, "--find-links"],
    [o.trustedHosts.length > 0, "--trusted-host"],
    [o.pre, "--pre"],
    [o.preferBinary, "--prefer-binary"],
    [o.requireHashes, "--require-hashes"],
    [o.onlyBinary.length > 0, "--only-binary"],
    [o.noBinary.length > 0, "--no-binary"],
    [o.features.length > 0, "--use-feature"],
  ];
  return found.filter(([set]) => set).map(([, name]) => name);
}

/** A line pip resolves from the index alone: a name, a version specifier, extras, a marker. */
function plainNamed(entry: RequirementEntry): boolean {
  return entry.kind === "named" && !entry.editable && entry.hashes.length === 0 && entry.options.length === 0 && !entry.text.includes("$");
}

function list(lines: string[]): string {
  const shown = lines.slice(0, 3).join(", ");
  return lines.length > 3 ? `${shown} and ${lines.length - 3} more` : shown;
}

/** A local directory installed as is (its digest is checked apart): it stands for itself in the resolution. */
function plainLocal(entry: RequirementEntry): boolean {
  return entry.kind === "local-path" && entry.path !== undefined && entry.hashes.length === 0 && entry.options.length === 0;
}

/** `appRoot`: where local paths are relative to. */
export function incrementalChange(set: RequirementSet, appRoot: string): IncrementalChange {
  const options = setOptions(set);
  if (options.length > 0) return { kind: "reset", reason: `the requirements files set ${options.join(", ")}` };
  const other = [...set.requirements.filter((e) => !plainNamed(e) && !plainLocal(e)), ...set.constraints.filter((e) => !plainNamed(e))];
  if (other.length > 0) {
    return {
      kind: "reset",
      reason: `requirements that aren't a name and a version or a local directory: ${list(other.map((e) => e.text))}`,
    };
  }
  const named = set.requirements.filter(plainNamed);
  return {
    kind: "resolve",
    requirements: named.map((e) => e.text),
    constraints: set.constraints.map((e) => e.text),
    local: set.requirements.filter(plainLocal).map((e) => ({ path: path.join(appRoot, e.path!), extras: e.extras })),
    required: named.map(requirementName).filter((n): n is string => n !== undefined),
  };
}

/**
 * The requirement lines that install just the local packages at `paths` (relative to the app root) as the full
 * install would: with their extras, their dependencies resolved against what is installed. Or why they can't be
 * installed apart (options or constraints of the files would apply to them too). Pure.
 */
export function localReinstallLines(set: RequirementSet, appRoot: string, paths: string[]): { lines: string[] } | { reason: string } {
  const options = setOptions(set);
  if (options.length > 0) return { reason: `the requirements files set ${options.join(", ")}` };
  if (set.constraints.length > 0) return { reason: "the requirements files have constraints" };
  const lines: string[] = [];
  for (const wanted of paths) {
    const entries = set.requirements.filter((e) => e.kind === "local-path" && e.path === wanted);
    const entry = entries.length === 1 ? entries[0]! : undefined;
    // An option value is written back unquoted: one with spaces or quotes would need the file's own quoting.
    if (!entry || entry.hashes.length > 0 || entry.options.some((o) => /[\s"'\\]/.test(o.value))) {
      return { reason: `${wanted} isn't one plain line of the requirements files` };
    }
    const extras = entry.extras.length ? `[${entry.extras.join(",")}]` : "";
    const options = entry.options.map((o) => ` --${o.key} ${o.value}`).join("");
    lines.push(`${entry.editable ? "-e " : ""}${path.join(appRoot, wanted)}${extras}${options}`);
  }
  return { lines };
}
