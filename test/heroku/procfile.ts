// Procfile parsing, as Heroku reads it from the slug root.
import { readFileSync } from "node:fs";
import path from "node:path";

/** Process types of a Procfile text: `name: command` lines. */
export function parseProcfile(text: string): Record<string, string> {
  const types: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_-]+):\s*(.+?)\s*$/.exec(line);
    if (m?.[1] && m[2]) types[m[1]] = m[2];
  }
  return types;
}

/** Process types declared by the slug's Procfile ({} if it has none). */
export function readProcfile(slugDir: string): Record<string, string> {
  try {
    return parseProcfile(readFileSync(path.join(slugDir, "Procfile"), "utf8"));
  } catch {
    return {};
  }
}
