/**
 * Physical → logical lines, following pip's requirements-file preprocessing:
 * split like Python's str.splitlines(), join `\` continuations, drop comments, trim, drop blanks.
 */

/** One logical line and the 1-based number of the physical line it starts on. */
export interface LogicalLine {
  line: number;
  text: string;
}

/** Whether a character code is a line boundary of Python's str.splitlines() (`\r\n` counts once, see physicalLines). */
function isLineBreak(code: number): boolean {
  switch (code) {
    case 0x0a: // \n
    case 0x0b: // \v
    case 0x0c: // \f
    case 0x0d: // \r
    case 0x1c: // file, group and record separators
    case 0x1d:
    case 0x1e:
    case 0x85: // next line
    case 0x2028: // line and paragraph separators
    case 0x2029:
      return true;
    default:
      return false;
  }
}
/** A whole-line comment: `#` at the start or after leading whitespace only. */
const FULL_LINE_COMMENT = /^\s*#/;
const WHITESPACE = /\s/;
/** `${NAME}` environment-variable references (uppercase letters, digits, underscore), the only form pip expands. */
export const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;

/** Split file content into physical lines (no trailing empty line for a final newline). */
export function physicalLines(content: string): string[] {
  const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    parts.push(text.slice(start, i));
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  parts.push(text.slice(start));
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** Strip every leading and trailing backslash (Python's str.strip("\\")); a scan, as `\\+$` is quadratic in a long run. */
function stripBackslashes(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 0x5c) start++;
  while (end > start && line.charCodeAt(end - 1) === 0x5c) end--;
  return line.slice(start, end);
}

/**
 * Join continuation lines. A line ending in `\` continues onto the next one, unless it is a
 * whole-line comment; a whole-line comment also ends a pending continuation. Blank lines outside a
 * continuation are dropped here already (a file of a million empty lines makes no million objects).
 */
export function joinContinuations(lines: readonly string[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: string[] = [];
  let start = 0;
  lines.forEach((raw, index) => {
    if (pending.length === 0 && (raw === "" || raw.trim() === "")) return;
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

/**
 * The line without its comment: from the first `#` at the start of the line or preceded by whitespace
 * (so `#egg=` in a URL is kept). A scan, not a regex: `\s+#` is tried from every space of a long run.
 */
export function withoutComment(text: string): string {
  for (let i = text.indexOf("#"); i >= 0; i = text.indexOf("#", i + 1)) {
    if (i === 0 || WHITESPACE.test(text[i - 1]!)) return text.slice(0, i);
  }
  return text;
}

/** Logical lines of a requirements file: continuations joined, comments removed, trimmed, blanks dropped. */
export function logicalLines(content: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (const { line, text } of joinContinuations(physicalLines(content))) {
    const stripped = withoutComment(text).trim();
    if (stripped !== "") out.push({ line, text: stripped });
  }
  return out;
}

/** Names of the `${NAME}` references in a line, in order of appearance. */
export function envVarNames(text: string): string[] {
  if (!text.includes("${")) return [];
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
