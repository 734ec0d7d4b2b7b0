/**
 * The Pipfile hash Pipenv records in `Pipfile.lock` as `_meta.hash.sha256`.
 *
 * Facts (Pipenv 2022.12.19, its vendored plette `Pipfile.get_hash`):
 * - the document hashed is `{"_meta": {"sources": [[source]], "requires": [requires] or {}},
 *   "default": [packages] or {}, "develop": [dev-packages] or {}}` plus every other top-level
 *   table that is not a known section (`source`, `packages`, `dev-packages`, `requires`, `scripts`,
 *   `pipfile`, `pipenv`) nor named `default`/`develop`: custom package categories count, by name;
 * - without `[[source]]` the source is PyPI: `{name: "pypi", url: "https://pypi.org/simple", verify_ssl: true}`;
 * - values are hashed as written: `${VAR}` in a source URL is not expanded, TOML quoting style and
 *   inline vs dotted tables don't matter, comments don't matter;
 * - serialised with `json.dumps(sort_keys=True, separators=(",", ":"))`, ASCII-only (`\uXXXX`),
 *   then sha256 of the UTF-8 bytes, in hex.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { parse, TomlError, type TomlTable } from "smol-toml";
import { BuildError } from "../../support/errors.js";
import { readAppText, SIZE_LIMITS } from "../../support/text-file.js";
import { PyJsonTypeError, pyJsonDumps } from "./python-json.js";

/** Top-level Pipfile tables Pipenv knows and leaves out of the hash's extra categories. */
const KNOWN_SECTIONS = new Set(["source", "packages", "dev-packages", "requires", "scripts", "pipfile", "pipenv"]);

/** Pipenv's source when the Pipfile has no `[[source]]`. */
export const DEFAULT_PIPFILE_SOURCE = Object.freeze({ name: "pypi", url: "https://pypi.org/simple", verify_ssl: true });

/** A parsed Pipfile: TOML tables, integers as bigint so floats and integers stay distinct. */
export type PipfileData = TomlTable;

/** Parses Pipfile text; a syntax error becomes a BuildError naming the file and line. */
export function parsePipfile(text: string, file = "Pipfile"): PipfileData {
  try {
    return parse(text.startsWith("\uFEFF") ? text.slice(1) : text, { integersAsBigInt: true });
  } catch (error) {
    if (error instanceof TomlError) {
      const detail = error.message.split("\n")[0]!.replace(/^Invalid TOML document:\s*/, "");
      throw new BuildError(
        `${file} is not valid TOML: ${detail} (line ${error.line}, column ${error.column}).\n` +
          `${error.codeblock}\nFix the syntax at that line of ${file}, then run 'pipenv lock' and commit ${file} and Pipfile.lock.`,
        { file, line: error.line },
      );
    }
    throw error;
  }
}

/** The JSON document Pipenv hashes, built from a parsed Pipfile. */
export function pipfileHashDocument(pipfile: PipfileData): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    _meta: {
      sources: "source" in pipfile ? pipfile["source"] : [{ ...DEFAULT_PIPFILE_SOURCE }],
      requires: pipfile["requires"] ?? {},
    },
    default: pipfile["packages"] ?? {},
    develop: pipfile["dev-packages"] ?? {},
  };
  for (const [category, values] of Object.entries(pipfile)) {
    if (KNOWN_SECTIONS.has(category) || category === "default" || category === "develop") continue;
    doc[category] = values;
  }
  return doc;
}

/** sha256 hex of a parsed Pipfile, as Pipenv computes it. */
export function hashPipfileData(pipfile: PipfileData, file = "Pipfile"): string {
  let json: string;
  try {
    json = pyJsonDumps(pipfileHashDocument(pipfile));
  } catch (error) {
    if (error instanceof PyJsonTypeError) {
      throw new BuildError(
        `${file} holds a value Pipenv can't hash (${error.message}); TOML dates and times are not allowed in a Pipfile. ` +
          `Quote the value as a string in ${file}, then run 'pipenv lock'.`,
        { file },
      );
    }
    throw error;
  }
  return createHash("sha256").update(json, "utf8").digest("hex");
}

/** The app's Pipfile (in `buildDir`) as text, read like every app file (BOM, size limit, encoding errors). */
export async function readPipfileText(buildDir: string, file = "Pipfile"): Promise<string> {
  return readAppText(path.join(buildDir, file), file, SIZE_LIMITS.Pipfile);
}

/** sha256 hex of Pipfile text, as Pipenv records it in `_meta.hash.sha256`. */
export function pipfileHash(text: string, file = "Pipfile"): string {
  return hashPipfileData(parsePipfile(text, file), file);
}
