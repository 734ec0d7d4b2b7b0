import path from "node:path";
import fs from "fs-extra";
import { parse, TomlError } from "smol-toml";
import { BuildError } from "../support/errors.js";

export type TomlTable = Record<string, unknown>;

/** Parses TOML text; a syntax error is the app's, with its line and how to fix it. */
export function parseTomlText(text: string, file: string, fix: string): TomlTable {
  try {
    return parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split("\n")[0]!.replace(/^Invalid TOML document: /, "");
    throw new BuildError(`${file}, line ${error.line}: this isn't valid TOML (${reason}).\n${fix}`, { file, line: error.line });
  }
}

/** Reads and parses a TOML file of the app (`rel` is relative to the app root). */
export async function readTomlFile(appDir: string, rel: string, fix: string): Promise<TomlTable> {
  return parseTomlText(await fs.readFile(path.join(appDir, rel), "utf8"), rel, fix);
}

/** A table's value as a table, or undefined. */
export function tableAt(value: unknown): TomlTable | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)
    ? (value as TomlTable)
    : undefined;
}

/** The 1-based line of the first line matching `pattern`, for pointing errors at a key. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const index = text.split("\n").findIndex((l) => pattern.test(l));
  return index < 0 ? undefined : index + 1;
}
