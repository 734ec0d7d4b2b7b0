/**
 * Reading the TOML files of a Poetry project with integers kept apart from floats (`1` is not
 * `1.0` in Python's JSON, which the content hash is made of); a syntax error is the app's, with the line.
 */
import { parse, TomlError, type TomlTable } from "smol-toml";
import { BuildError } from "../../support/errors.js";

/** Parses `text` (integers as bigint, so `1` and `1.0` stay apart as in Python); `fix` says how to repair it. */
export function parseTomlFile(text: string, file: string, fix: string): TomlTable {
  try {
    return parse(text, { integersAsBigInt: true });
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split("\n")[0]!.replace(/^Invalid TOML document:\s*/, "");
    throw new BuildError(`${file} isn't valid TOML (line ${error.line}, column ${error.column}): ${reason}.\n${error.codeblock}\n${fix}`, {
      file,
      line: error.line,
    });
  }
}

/** A string value, or undefined. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
