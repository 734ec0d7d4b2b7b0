/** Reading the TOML files of a Poetry project: a syntax error is the app's error, with the line. */
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

/** A table's value as a plain object, or undefined when it isn't a table. */
export function tableOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A string value, or undefined. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The 1-based line of the first occurrence of `needle` in `text` at or after line `from`, if any. */
export function lineOf(text: string, needle: RegExp, from = 1): number | undefined {
  const lines = text.split("\n");
  for (let i = from - 1; i < lines.length; i++) if (needle.test(lines[i]!)) return i + 1;
  return undefined;
}
