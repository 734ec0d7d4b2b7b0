/**
 * Physical → logical lines, following pip's requirements-file preprocessing:
 * split like Python's str.splitlines(), join `\` continuations, drop comments, trim, drop blanks.
 */

/** One logical line and the 1-based number of the physical line it starts on. */
export interface LogicalLine {
  line: number;
  text: string;
}

/** The line boundaries Python's str.splitlines() recognises. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
/** A whole-line comment: `#` at the start or after leading whitespace only. */
const FULL_LINE_COMMENT = /^\s*#/;
/** A comment: `#` at the start of the line or preceded by whitespace (so `#egg=` in a URL is kept). */
const COMMENT = /(^|\s+)#.*$/;
/** `${NAME}` environment-variable references (uppercase letters, digits, underscore), the only form pip expands. */
export const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;

/** Split file content into physical lines (no trailing empty line for a final newline). */
export function physicalLines(content: string): string[] {
  const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
  const parts = text.split(LINE_BREAK);
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** Strip every leading and trailing backslash (Python's str.strip("\\")). */
function stripBackslashes(line: string): string {
  return line.replace(/^\\+|\\+$/g, "");
}

/**
 * Join continuation lines. A line ending in `\` continues onto the next one, unless it is a
 * whole-line comment; a whole-line comment also ends a pending continuation.
 */
export function joinContinuations(lines: readonly string[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: string[] = [];
  let start = 0;
  lines.forEach((raw, index) => {
    const number = index + 1;
    const isComment = FULL_LINE_COMMENT.test(raw);
    if (!raw.endsWith("\\") || isComment) {
      const line = isComment ? ` ${raw}` : raw;
      if (pending.length > 0) {
        pending.push(line);
        out.push({ line: start, text: pending.join("") });
        pending = [];
      } else {
        out.push({ line: number, text: line });
      }
    } else {
      if (pending.length === 0) start = number;
      pending.push(stripBackslashes(raw));
    }
  });
  if (pending.length > 0) out.push({ line: start, text: pending.join("") });
  return out;
}

/** Logical lines of a requirements file: continuations joined, comments removed, trimmed, blanks dropped. */
export function logicalLines(content: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (const { line, text } of joinContinuations(physicalLines(content))) {
    const stripped = text.replace(COMMENT, "").trim();
    if (stripped !== "") out.push({ line, text: stripped });
  }
  return out;
}

/** Names of the `${NAME}` references in a line, in order of appearance. */
export function envVarNames(text: string): string[] {
  return [...text.matchAll(ENV_VAR)].map((m) => m[1] ?? "");
}

/**
 * Expand `${NAME}` references from `env`. Unset names are reported through `onMissing`,
 * which may throw; if it returns, the reference is left as written (as pip does).
 */
export function expandEnv(text: string, env: Readonly<Record<string, string | undefined>>, onMissing: (name: string) => void): string {
  return text.replace(ENV_VAR, (whole, name: string) => {
    const value = env[name];
    if (value === undefined || value === "") {
      onMissing(name);
      return whole;
    }
    return value;
  });
}
