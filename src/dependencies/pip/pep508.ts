/**
 * A PEP 508 reader for the named-requirement part of a requirements line
 * (`name[extras] specifiers`, `name[extras] @ url`) and for environment markers.
 * It validates and produces a canonical form used for fingerprinting.
 */

/** Why a requirement or marker is not valid PEP 508. */
export class SpecError extends Error {}

/** A parsed `name[extras] (specifiers | @ url)`. */
export interface NamedSpec {
  name: string;
  extras: string[];
  /** Version specifiers without whitespace, sorted, comma-joined ("" when none). */
  specifier: string;
  /** The URL of a `name @ url` requirement. */
  url?: string;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const VALID_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*([^,;\s()]+)$/;
const URL_WITH_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/** PEP 503 normalised project name (`Foo_Bar` → `foo-bar`). */
export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** Parse `[a, b]` extras; returns them and the text after the closing bracket. */
function readExtras(text: string): { extras: string[]; rest: string } {
  if (!text.startsWith("[")) return { extras: [], rest: text };
  const close = text.indexOf("]");
  if (close < 0) throw new SpecError("the extras list is missing its closing ']'");
  const inner = text.slice(1, close).trim();
  const extras = inner === "" ? [] : inner.split(",").map((e) => e.trim());
  for (const extra of extras) {
    if (!VALID_NAME.test(extra)) throw new SpecError(`'${extra}' is not a valid extra name`);
  }
  return { extras, rest: text.slice(close + 1).trimStart() };
}

/** Parse a comma-separated specifier list into its canonical form. */
export function parseSpecifiers(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const items = trimmed.split(",").map((item) => {
    const match = SPECIFIER.exec(item.trim());
    if (!match) throw new SpecError(`'${item.trim()}' is not a version specifier (like ==1.2.3, >=1.0, ~=2.1, !=1.5)`);
    return `${match[1]}${match[2]}`;
  });
  return items.sort().join(",");
}

/** Parse `name[extras] specifiers` or `name[extras] @ url` (no marker; the caller splits at `;`). */
export function parseNamedRequirement(text: string): NamedSpec {
  const trimmed = text.trim();
  const nameMatch = NAME.exec(trimmed);
  if (!nameMatch) throw new SpecError("it does not start with a project name");
  const name = nameMatch[0];
  const { extras, rest } = readExtras(trimmed.slice(name.length).trimStart());
  if (rest.startsWith("@")) {
    const url = rest.slice(1).trim();
    if (url === "" || /\s/.test(url)) throw new SpecError("'@' must be followed by exactly one URL");
    if (!URL_WITH_SCHEME.test(url)) throw new SpecError(`'${url}' is not a URL (it needs a scheme such as https:// or file:)`);
    if (!/^file:/i.test(url) && !url.includes("://")) throw new SpecError(`'${url}' is not a URL with a host`);
    return { name, extras, specifier: "", url };
  }
  let specText = rest;
  if (rest.startsWith("(")) {
    if (!rest.endsWith(")")) throw new SpecError("the version specifier in parentheses is missing its ')'");
    specText = rest.slice(1, -1);
  }
  return { name, extras, specifier: parseSpecifiers(specText) };
}

// ---- markers ------------------------------------------------------------------------------

const MARKER_VARIABLES = new Set([
  "python_version",
  "python_full_version",
  "os_name",
  "sys_platform",
  "platform_release",
  "platform_system",
  "platform_version",
  "platform_machine",
  "platform_python_implementation",
  "implementation_name",
  "implementation_version",
  "extra",
  // Legacy dotted names still accepted by pip.
  "os.name",
  "sys.platform",
  "platform.version",
  "platform.machine",
  "platform.python_implementation",
  "python_implementation",
]);

type Token = { kind: "str" | "word" | "op" | "paren"; text: string };

const SPACE = /\s/;
const OPERATORS = ["===", "==", "!=", "<=", ">=", "~=", "<", ">"];

/** `[A-Za-z_]`, and with `part` also `[0-9.]`: by character code (a regex per character costs more than the scan). */
function isWordChar(code: number, part: boolean): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || code === 0x5f || (part && ((code >= 0x30 && code <= 0x39) || code === 0x2e));
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && SPACE.test(String.fromCharCode(code)));
}

/** Tokens of a marker: quoted strings, comparison operators, parentheses, words. One pass, no backtracking. */
function tokenizeMarker(text: string): Token[] {
  const tokens: Token[] = [];
  const end = text.length;
  let i = 0;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return tokens;
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) break;
      tokens.push({ kind: "str", text: text.slice(i, close + 1) });
      i = close + 1;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ kind: "paren", text: ch });
      i++;
    } else if (isWordChar(text.charCodeAt(i), false)) {
      let j = i + 1;
      while (j < end && isWordChar(text.charCodeAt(j), true)) j++;
      tokens.push({ kind: "word", text: text.slice(i, j) });
      i = j;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op === undefined) break;
      tokens.push({ kind: "op", text: op });
      i += op.length;
    }
  }
  throw new SpecError(`unexpected text '${text.slice(i).trim()}' in the marker`);
}

/** Canonical text of one token: strings in double quotes unless they hold one. */
function canonicalToken(t: Token): string {
  if (t.kind === "str") return t.text.includes('"') ? t.text : `"${t.text.slice(1, -1)}"`;
  return t.text;
}

/**
 * Recursive-descent check of `marker_or`. The canonical text is the tokens joined by single spaces
 * (none inside parentheses), which is what rebuilding it clause by clause would give, without the
 * string building: a marker of a million tokens is checked in one pass.
 */
class MarkerParser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): string {
    if (this.tokens.length === 0) throw new SpecError("the marker after ';' is empty");
    this.or();
    const extra = this.tokens[this.pos];
    if (extra) throw new SpecError(`unexpected '${extra.text}' in the marker`);
    let out = "";
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      const glue = i === 0 || this.tokens[i - 1]!.text === "(" || token.text === ")" ? "" : " ";
      out += glue + canonicalToken(token);
    }
    return out;
  }

  private peekWord(word: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === "word" && t.text === word;
  }

  private or(): void {
    this.and();
    while (this.peekWord("or")) {
      this.pos += 1;
      this.and();
    }
  }

  private and(): void {
    this.expr();
    while (this.peekWord("and")) {
      this.pos += 1;
      this.expr();
    }
  }

  private expr(): void {
    const t = this.tokens[this.pos];
    if (t?.kind === "paren" && t.text === "(") {
      this.pos += 1;
      this.or();
      const close = this.tokens[this.pos];
      if (!(close?.kind === "paren" && close.text === ")")) throw new SpecError("a '(' in the marker is not closed");
      this.pos += 1;
      return;
    }
    this.value();
    this.operator();
    this.value();
  }

  private value(): void {
    const t = this.tokens[this.pos];
    if (!t) throw new SpecError("the marker ends too early");
    this.pos += 1;
    if (t.kind === "str") return;
    if (t.kind === "word" && MARKER_VARIABLES.has(t.text)) return;
    throw new SpecError(`'${t.text}' is not a marker variable (like python_version, sys_platform) or a quoted string`);
  }

  private operator(): void {
    const t = this.tokens[this.pos];
    if (t?.kind === "op") {
      this.pos += 1;
      return;
    }
    if (t?.kind === "word" && t.text === "in") {
      this.pos += 1;
      return;
    }
    if (t?.kind === "word" && t.text === "not" && this.tokens[this.pos + 1]?.text === "in") {
      this.pos += 2;
      return;
    }
    throw new SpecError(`expected a comparison operator in the marker, found '${t?.text ?? "end of line"}'`);
  }
}

/** Validate an environment marker (the text after `;`) and return its canonical form. */
export function parseMarker(text: string): string {
  return new MarkerParser(tokenizeMarker(text)).parse();
}
