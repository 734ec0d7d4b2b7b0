/**
 * PEP 508 environment markers evaluated for the TARGET interpreter: the Python pyslug installs
 * on the stack, not the machine pyslug runs on. Lock files (uv.lock, poetry.lock) are universal:
 * pyslug selects what that interpreter needs before pip runs. Pure.
 */
import { excerpt } from "../support/errors.js";
import { parseSpecifiers, satisfies, VersionSyntaxError } from "./pep440.js";

/** The marker variables of one interpreter on one platform. */
export interface MarkerEnvironment {
  python_version: string;
  python_full_version: string;
  os_name: string;
  sys_platform: string;
  platform_system: string;
  platform_machine: string;
  platform_release: string;
  platform_version: string;
  platform_python_implementation: string;
  implementation_name: string;
  implementation_version: string;
}

/** Debian architecture (amd64, arm64) to what Python's platform.machine() says on Linux. */
function machineOf(arch: string): string {
  return ({ amd64: "x86_64", arm64: "aarch64" } as Record<string, string>)[arch] ?? arch;
}

/** The marker environment of CPython `version` ("3.12.4") on a Heroku stack of architecture `arch`. */
export function targetEnvironment(version: string, arch: string): MarkerEnvironment {
  const [major, minor] = version.split(".");
  return {
    python_version: `${major}.${minor}`,
    python_full_version: version,
    os_name: "posix",
    sys_platform: "linux",
    platform_system: "Linux",
    platform_machine: machineOf(arch),
    // The kernel of the dyno isn't known at build time; markers on these are vanishingly rare.
    platform_release: "",
    platform_version: "",
    platform_python_implementation: "CPython",
    implementation_name: "cpython",
    implementation_version: version,
  };
}

/** Why a marker can't be read. */
/** A marker that is not PEP 508: the message says what is wrong with it. */
export class MarkerSyntaxError extends Error {}

type Operand = { variable: string } | { literal: string };
export type MarkerNode = { kind: "and" | "or"; items: MarkerNode[] } | { kind: "compare"; left: Operand; operator: string; right: Operand };

/** Legacy dotted names pip still accepts, and the name each stands for. */
const ALIASES: Record<string, string> = {
  "os.name": "os_name",
  "sys.platform": "sys_platform",
  "platform.version": "platform_version",
  "platform.machine": "platform_machine",
  "platform.python_implementation": "platform_python_implementation",
  python_implementation: "platform_python_implementation",
};
const VARIABLES = new Set([
  "python_version",
  "python_full_version",
  "os_name",
  "sys_platform",
  "platform_system",
  "platform_machine",
  "platform_release",
  "platform_version",
  "platform_python_implementation",
  "implementation_name",
  "implementation_version",
  "extra",
  // Dependency groups (PEP 735 markers uv writes).
  "dependency_groups",
]);
const VERSION_VARIABLES = new Set(["python_version", "python_full_version", "implementation_version", "platform_release"]);

/** `text` is the string's content for strings (`raw` keeps its quotes), the token itself otherwise. */
type Token = { kind: "string" | "op" | "paren" | "word"; text: string; raw: string };

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
function tokenize(text: string): Token[] {
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
      tokens.push({ kind: "string", text: text.slice(i + 1, close), raw: text.slice(i, close + 1) });
      i = close + 1;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ kind: "paren", text: ch, raw: ch });
      i++;
    } else if (isWordChar(text.charCodeAt(i), false)) {
      let j = i + 1;
      while (j < end && isWordChar(text.charCodeAt(j), true)) j++;
      const word = text.slice(i, j);
      tokens.push({ kind: "word", text: word, raw: word });
      i = j;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op === undefined) break;
      tokens.push({ kind: "op", text: op, raw: op });
      i += op.length;
    }
  }
  throw new MarkerSyntaxError(`unexpected text '${text.slice(i).trim().slice(0, 60)}' in the marker`);
}

/** Recursive descent over `marker_or`, building the tree that `evaluate` walks. */
function parseTokens(tokens: readonly Token[]): MarkerNode {
  let pos = 0;
  const isToken = (kind: Token["kind"], text: string, at = pos) => {
    const t = tokens[at];
    return t?.kind === kind && t.text === text;
  };
  const isWord = (word: string, at = pos) => isToken("word", word, at);
  const isParen = (paren: string) => isToken("paren", paren);

  function operand(): Operand {
    const t = tokens[pos++];
    if (!t) throw new MarkerSyntaxError("the marker ends too early");
    if (t.kind === "string") return { literal: t.text };
    if (t.kind === "word") {
      const name = ALIASES[t.text] ?? t.text;
      if (VARIABLES.has(name)) return { variable: name };
    }
    throw new MarkerSyntaxError(`'${t.text}' is not a marker variable (like python_version, sys_platform) or a quoted string`);
  }
  function operator(): string {
    const t = tokens[pos];
    if (t?.kind === "op" || isWord("in")) {
      pos += 1;
      return t!.text;
    }
    if (isWord("not") && isWord("in", pos + 1)) {
      pos += 2;
      return "not in";
    }
    throw new MarkerSyntaxError(`expected a comparison operator in the marker, found '${t?.text ?? "the end"}'`);
  }
  function comparison(): MarkerNode {
    if (isParen("(")) {
      pos++;
      const inner = or();
      if (!isParen(")")) throw new MarkerSyntaxError("a '(' in the marker is not closed");
      pos++;
      return inner;
    }
    const left = operand();
    return { kind: "compare", left, operator: operator(), right: operand() };
  }
  /** `operand (joiner operand)*`, one node when there is a single operand. */
  function joined(kind: "and" | "or", next: () => MarkerNode): MarkerNode {
    const items = [next()];
    while (isWord(kind)) {
      pos++;
      items.push(next());
    }
    return items.length === 1 ? items[0]! : { kind, items };
  }
  function or(): MarkerNode {
    return joined("or", () => joined("and", comparison));
  }
  if (tokens.length === 0) throw new MarkerSyntaxError("the marker is empty");
  const tree = or();
  if (pos < tokens.length) throw new MarkerSyntaxError(`unexpected '${tokens[pos]!.text}' in the marker`);
  return tree;
}

/** Parses a marker expression (the part after `;`). */
export function parseMarker(text: string): MarkerNode {
  return parseTokens(tokenize(text));
}

/**
 * Checks a marker and returns its canonical text: the tokens joined by single spaces (none inside parentheses),
 * strings in double quotes unless they hold one. This text is part of requirement fingerprints: keep it stable.
 */
export function canonicalMarker(text: string): string {
  const tokens = tokenize(text);
  parseTokens(tokens);
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const glue = i === 0 || tokens[i - 1]!.text === "(" || token.text === ")" ? "" : " ";
    out += glue + (token.kind === "string" && !token.text.includes('"') ? `"${token.text}"` : token.raw);
  }
  return out;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** What else is true of the install: the extras (and uv's encoded conflict items) that are active. */
export interface MarkerContext {
  extras?: ReadonlySet<string>;
  groups?: ReadonlySet<string>;
}

function compare(left: string, operator: string, right: string, versions: boolean): boolean {
  if (operator === "in") return right.includes(left);
  if (operator === "not in") return !right.includes(left);
  if (versions) {
    try {
      parseSpecifiers(`${operator}${right}`);
      return satisfies(left, `${operator}${right}`);
    } catch (error) {
      if (!(error instanceof VersionSyntaxError)) throw error;
    }
  }
  switch (operator) {
    case "==":
    case "===":
      return left === right;
    case "!=":
      return left !== right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case ">=":
      return left >= right;
    default:
      return false;
  }
}

function evaluateSet(set: ReadonlySet<string>, operator: string, value: string): boolean {
  const name = normaliseName(value);
  if (operator === "==") return set.has(name);
  if (operator === "!=") return !set.has(name);
  if (operator === "in") return set.has(name);
  if (operator === "not in") return !set.has(name);
  return false;
}

/** Evaluates a parsed marker for an environment; `extra` is true for each active extra. */
export function evaluate(node: MarkerNode, env: MarkerEnvironment, context: MarkerContext = {}): boolean {
  if (node.kind !== "compare") {
    return node.kind === "and" ? node.items.every((n) => evaluate(n, env, context)) : node.items.some((n) => evaluate(n, env, context));
  }
  const { left, operator, right } = node;
  for (const [side, other] of [
    [left, right],
    [right, left],
  ] as const) {
    if ("variable" in side && (side.variable === "extra" || side.variable === "dependency_groups") && "literal" in other) {
      const active = (side.variable === "extra" ? context.extras : context.groups) ?? new Set<string>();
      return evaluateSet(active, operator, other.literal);
    }
  }
  const value = (o: Operand): string => ("literal" in o ? o.literal : (env[o.variable as keyof MarkerEnvironment] ?? ""));
  const versions =
    ("variable" in left && VERSION_VARIABLES.has(left.variable)) || ("variable" in right && VERSION_VARIABLES.has(right.variable));
  return compare(value(left), operator, value(right), versions);
}

const cache = new Map<string, MarkerNode>();

/** Parses (memoised) and evaluates a marker string; an absent or empty marker is true. */
export function markerMatches(marker: string | undefined, env: MarkerEnvironment, context: MarkerContext = {}): boolean {
  if (marker === undefined || marker.trim() === "") return true;
  let tree = cache.get(marker);
  if (!tree) {
    try {
      tree = parseMarker(marker);
    } catch (error) {
      if (error instanceof MarkerSyntaxError) throw new MarkerSyntaxError(`'${excerpt(marker)}': ${error.message}`);
      throw error;
    }
    if (cache.size > 10000) cache.clear();
    cache.set(marker, tree);
  }
  return evaluate(tree, env, context);
}
