/**
 * PEP 508 environment markers evaluated for the TARGET interpreter: the Python pyslug installs
 * on the stack, not the machine pyslug runs on. Lock files (uv.lock, poetry.lock) are universal:
 * pyslug selects what that interpreter needs before pip runs. Pure.
 */
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
  if (arch === "amd64") return "x86_64";
  if (arch === "arm64") return "aarch64";
  return arch;
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
export class MarkerSyntaxError extends Error {}

type Operand = { variable: string } | { literal: string };
export type MarkerNode = { kind: "and" | "or"; items: MarkerNode[] } | { kind: "compare"; left: Operand; operator: string; right: Operand };

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

const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|(===|==|!=|<=|>=|~=|<|>)|(\(|\))|(not\s+in\b|[A-Za-z_][A-Za-z0-9_.]*))/y;

const REST_IS_BLANK = /\s*$/y;

type Token = { type: "string" | "op" | "paren" | "word"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (;;) {
    const start = TOKEN.lastIndex;
    REST_IS_BLANK.lastIndex = start;
    if (REST_IS_BLANK.test(text)) break;
    const m = TOKEN.exec(text);
    if (!m) throw new MarkerSyntaxError(`unexpected text '${text.slice(start).trim().slice(0, 40)}'`);
    if (m[1] !== undefined || m[2] !== undefined) tokens.push({ type: "string", text: (m[1] ?? m[2])! });
    else if (m[3] !== undefined) tokens.push({ type: "op", text: m[3] });
    else if (m[4] !== undefined) tokens.push({ type: "paren", text: m[4] });
    else tokens.push({ type: "word", text: m[5]!.replace(/\s+/g, " ") });
  }
  return tokens;
}

/** Parses a marker expression (the part after `;`). */
export function parseMarker(text: string): MarkerNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (word: string) => peek()?.type === "word" && peek()!.text === word;

  function operand(): Operand {
    const t = tokens[pos++];
    if (!t) throw new MarkerSyntaxError("it ends too early");
    if (t.type === "string") return { literal: t.text };
    if (t.type === "word") {
      const name = ALIASES[t.text] ?? t.text;
      if (VARIABLES.has(name)) return { variable: name };
    }
    throw new MarkerSyntaxError(`'${t.text}' is not a marker variable or a quoted string`);
  }
  function comparison(): MarkerNode {
    if (peek()?.type === "paren" && peek()!.text === "(") {
      pos++;
      const inner = or();
      if (!(peek()?.type === "paren" && peek()!.text === ")")) throw new MarkerSyntaxError("a '(' is not closed");
      pos++;
      return inner;
    }
    const left = operand();
    const op = tokens[pos++];
    let operator: string;
    if (op?.type === "op") operator = op.text;
    else if (op?.type === "word" && (op.text === "in" || op.text === "not in")) operator = op.text;
    else throw new MarkerSyntaxError(`expected a comparison, found '${op?.text ?? "the end"}'`);
    return { kind: "compare", left, operator, right: operand() };
  }
  function and(): MarkerNode {
    const items = [comparison()];
    while (isWord("and")) {
      pos++;
      items.push(comparison());
    }
    return items.length === 1 ? items[0]! : { kind: "and", items };
  }
  function or(): MarkerNode {
    const items = [and()];
    while (isWord("or")) {
      pos++;
      items.push(and());
    }
    return items.length === 1 ? items[0]! : { kind: "or", items };
  }
  if (tokens.length === 0) throw new MarkerSyntaxError("the marker is empty");
  const tree = or();
  if (pos < tokens.length) throw new MarkerSyntaxError(`unexpected '${tokens[pos]!.text}'`);
  return tree;
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
    tree = parseMarker(marker);
    if (cache.size > 10000) cache.clear();
    cache.set(marker, tree);
  }
  return evaluate(tree, env, context);
}
