/**
 * PEP 508 environment markers of a lock entry, written as `pipenv requirements` writes them:
 * the `markers` key and Pipenv's shorthand keys (`sys_platform = "== 'win32'"`) combined with
 * `and` in sorted order, tokens separated by single spaces, strings in single quotes.
 */
import type { LockEntry } from "./lock-file.js";

/** Lock/Pipfile keys Pipenv turns into `<key> <value>` markers. */
export const MARKER_KEYS = [
  "os_name",
  "sys_platform",
  "platform_machine",
  "platform_python_implementation",
  "platform_release",
  "platform_system",
  "platform_version",
  "python_version",
  "python_full_version",
  "implementation_name",
  "implementation_version",
] as const;

/** The combined, normalised marker of a lock entry, or undefined when it has none. */
export function entryMarkers(entry: LockEntry): string | undefined {
  const parts = new Set<string>();
  for (const key of MARKER_KEYS) {
    const value = entry[key];
    if (typeof value === "string" && value !== "") parts.add(`${key} ${value}`);
  }
  if (typeof entry.markers === "string" && entry.markers.trim() !== "") parts.add(entry.markers);
  if (parts.size === 0) return undefined;
  // Python sorts the strings by code point; marker text is ASCII in practice.
  const combined = [...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(" and ");
  return normaliseMarker(combined);
}

const TOKEN = /\s*(?:('[^']*'|"[^"]*")|(===|==|!=|<=|>=|~=|<|>|\(|\))|(not\s+in\b)|([A-Za-z0-9_.]+))/y;

/** Re-spaces a marker expression and puts its string literals in single quotes. */
export function normaliseMarker(marker: string): string {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = marker.trimEnd();
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return marker.replace(/"/g, "'"); // not a marker we understand: leave as written
    if (m[1] !== undefined) tokens.push(`'${m[1].slice(1, -1)}'`);
    else if (m[3] !== undefined) tokens.push("not in");
    else tokens.push((m[2] ?? m[4])!);
    if (TOKEN.lastIndex === start) break;
  }
  // Parentheses hug their contents: "(a or b)".
  return tokens.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
}
