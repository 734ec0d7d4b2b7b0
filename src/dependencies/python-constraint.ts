/**
 * The chosen Python against what a project says it supports: PEP 440 `requires-python` (uv,
 * `[project]`) or Poetry's `python` constraint (`^3.10`, `~3.11`, `>=3.9,<4`, `||`). Pure.
 */
import { BuildError } from "../support/errors.js";
import { parseSpecifiers, satisfies, VersionSyntaxError, type Specifier } from "./pep440.js";

export type ConstraintSyntax = "pep440" | "poetry";

function bump(release: number[], keep: number): string {
  const kept = release.slice(0, keep);
  kept[kept.length - 1] = (kept[kept.length - 1] ?? 0) + 1;
  return kept.join(".");
}

/** One Poetry constraint term as PEP 440 specifiers. */
function poetryTerm(term: string): Specifier[] {
  const text = term.trim();
  if (text === "*" || text === "") return [];
  const caret = /^\^\s*(\d+(?:\.\d+)*)$/.exec(text);
  if (caret) {
    const release = caret[1]!.split(".").map(Number);
    const firstNonZero = release.findIndex((n) => n !== 0);
    const keep = firstNonZero < 0 ? release.length : Math.min(firstNonZero + 1, release.length);
    return [
      { operator: ">=", version: caret[1]! },
      { operator: "<", version: bump(release, keep) },
    ];
  }
  const tilde = /^~(?!=)\s*(\d+(?:\.\d+)*)$/.exec(text);
  if (tilde) {
    const release = tilde[1]!.split(".").map(Number);
    return [
      { operator: ">=", version: tilde[1]! },
      { operator: "<", version: bump(release, release.length === 1 ? 1 : 2) },
    ];
  }
  const wildcard = /^(\d+(?:\.\d+)*)\.[*xX]$/.exec(text);
  if (wildcard) return [{ operator: "==", version: `${wildcard[1]}.*` }];
  if (/^\d+(?:\.\d+)*$/.test(text)) {
    // A bare version: Poetry reads `python = "3.11"` as any 3.11.
    return text.split(".").length < 3 ? [{ operator: "==", version: `${text}.*` }] : [{ operator: "==", version: text }];
  }
  return parseSpecifiers(text.replace(/^(=)(?!=)/, "=="));
}

/** The alternatives of a constraint, each a list of specifiers that must all hold. */
export function constraintAlternatives(constraint: string, syntax: ConstraintSyntax): Specifier[][] {
  if (syntax === "pep440") return [parseSpecifiers(constraint)];
  return constraint.split("||").map((alternative) =>
    alternative
      .trim()
      // Poetry separates terms with commas or spaces; an operator may be followed by a space.
      .replace(/(===|==|!=|<=|>=|~=|<|>|\^|~)\s+/g, "$1")
      .split(/\s*,\s*|\s+/)
      .flatMap(poetryTerm),
  );
}

/** True when `version` satisfies the constraint. Throws VersionSyntaxError for a constraint it can't read. */
export function pythonSatisfies(version: string, constraint: string, syntax: ConstraintSyntax): boolean {
  return constraintAlternatives(constraint, syntax).some((specifiers) => satisfies(version, specifiers));
}

export interface ConstraintSource {
  /** "requires-python" or "python". */
  key: string;
  /** The file it is in, relative to the app. */
  file: string;
  line?: number;
  syntax: ConstraintSyntax;
  /** How to fix the version file, e.g. "uv python pin 3.12". */
  pinCommand?: (minor: string) => string;
}

/**
 * Fails when the chosen Python is outside the project's constraint, naming both values and where
 * each comes from. Candidates lists supported minors, the newest first, to suggest one.
 */
export function checkPythonConstraint(
  python: { version: string; origin: string },
  constraint: string,
  source: ConstraintSource,
  candidates: { minor: string; version: string }[],
): void {
  let ok: boolean;
  try {
    ok = pythonSatisfies(python.version, constraint, source.syntax);
  } catch (error) {
    if (!(error instanceof VersionSyntaxError)) throw error;
    throw new BuildError(`${source.file}: ${source.key} = "${constraint}" isn't a version constraint pyslug can read (${error.message}).`, {
      file: source.file,
      line: source.line,
    });
  }
  if (ok) return;
  const fits = candidates.find((c) => {
    try {
      return pythonSatisfies(c.version, constraint, source.syntax);
    } catch {
      return false;
    }
  });
  const fix = fits
    ? source.pinCommand
      ? `Run '${source.pinCommand(fits.minor)}' and commit .python-version, or change ${source.key}.`
      : `Ask for Python ${fits.minor} in .python-version, or change ${source.key}.`
    : `No Python version pyslug supports satisfies it: change ${source.key}.`;
  throw new BuildError(
    `Python ${python.version} (from ${python.origin}) is outside the project's ${source.key} "${constraint}" in ${source.file}.\n${fix}`,
    { file: source.file, line: source.line },
  );
}
