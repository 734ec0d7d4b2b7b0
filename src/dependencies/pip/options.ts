/**
 * The options pip accepts inside requirements files, and an optparse-compatible parser for them
 * (short clusters like `-rfile`, `--opt=value`, unique long-option abbreviations like `--extra-index`).
 */

/** Canonical option names (the long spelling without dashes). */
export type OptionKey =
  | "index-url"
  | "extra-index-url"
  | "no-index"
  | "constraint"
  | "requirement"
  | "editable"
  | "find-links"
  | "no-binary"
  | "only-binary"
  | "prefer-binary"
  | "require-hashes"
  | "pre"
  | "trusted-host"
  | "use-feature"
  | "global-option"
  | "hash"
  | "config-settings";

interface OptionSpec {
  key: OptionKey;
  long: readonly string[];
  short?: string;
  takesValue: boolean;
}

const SPECS: readonly OptionSpec[] = [
  { key: "index-url", long: ["--index-url", "--pypi-url"], short: "-i", takesValue: true },
  { key: "extra-index-url", long: ["--extra-index-url"], takesValue: true },
  { key: "no-index", long: ["--no-index"], takesValue: false },
  { key: "constraint", long: ["--constraint"], short: "-c", takesValue: true },
  { key: "requirement", long: ["--requirement"], short: "-r", takesValue: true },
  { key: "editable", long: ["--editable"], short: "-e", takesValue: true },
  { key: "find-links", long: ["--find-links"], short: "-f", takesValue: true },
  { key: "no-binary", long: ["--no-binary"], takesValue: true },
  { key: "only-binary", long: ["--only-binary"], takesValue: true },
  { key: "prefer-binary", long: ["--prefer-binary"], takesValue: false },
  { key: "require-hashes", long: ["--require-hashes"], takesValue: false },
  { key: "pre", long: ["--pre"], takesValue: false },
  { key: "trusted-host", long: ["--trusted-host"], takesValue: true },
  { key: "use-feature", long: ["--use-feature"], takesValue: true },
  { key: "global-option", long: ["--global-option"], takesValue: true },
  { key: "hash", long: ["--hash"], takesValue: true },
  { key: "config-settings", long: ["--config-settings"], short: "-C", takesValue: true },
];

/** Options that apply to the requirement on the same line. */
export const PER_REQUIREMENT_OPTIONS: ReadonlySet<OptionKey> = new Set(["hash", "global-option", "config-settings"]);

/** Hash algorithms pip accepts for `--hash`. */
export const HASH_ALGORITHMS = ["sha256", "sha384", "sha512"] as const;

/** Every option spelling, for help text in error messages. */
export const SUPPORTED_OPTION_SPELLINGS: string = SPECS.map((s) => [s.short, ...s.long].filter(Boolean).join("/")).join(", ");

/** One option occurrence on a line. */
export interface ParsedOption {
  key: OptionKey;
  /** The spelling used on the line (`-r`, `--requirement`, `--extra-index`). */
  spelling: string;
  /** The value, for options that take one. */
  value?: string;
}

/** The options of a line, plus any stray positional words (which pip ignores). */
export interface ParsedOptions {
  options: ParsedOption[];
  positional: string[];
}

/** A problem with the option text; the caller turns it into a BuildError with file and line. */
export class OptionError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const LONG = new Map<string, OptionSpec>(SPECS.flatMap((s) => s.long.map((l) => [l, s] as const)));
const SHORT = new Map<string, OptionSpec>(SPECS.filter((s) => s.short).map((s) => [s.short as string, s] as const));

const SUPPORTED_HINT = `Options allowed in requirements files are: ${SUPPORTED_OPTION_SPELLINGS}.`;

/** Resolve a long option, allowing unique prefixes as optparse does. */
function matchLong(spelling: string): OptionSpec {
  const exact = LONG.get(spelling);
  if (exact) return exact;
  const candidates = [...LONG.keys()].filter((l) => l.startsWith(spelling));
  if (candidates.length === 1) return LONG.get(candidates[0] as string) as OptionSpec;
  if (candidates.length > 1) {
    throw new OptionError(`ambiguous option ${spelling} (could be ${candidates.join(", ")})`, "Spell the option out in full.");
  }
  throw new OptionError(`unknown option ${spelling}`, SUPPORTED_HINT);
}

/** Check option values pip itself validates while parsing. */
function validateValue(spec: OptionSpec, spelling: string, value: string): void {
  if (spec.key === "hash") {
    const colon = value.indexOf(":");
    const algorithm = colon < 0 ? "" : value.slice(0, colon);
    if (colon < 0 || value.slice(colon + 1) === "") {
      throw new OptionError(`${spelling} needs a hash name followed by a value`, "Write it like --hash=sha256:0123abcd…");
    }
    if (!(HASH_ALGORITHMS as readonly string[]).includes(algorithm)) {
      throw new OptionError(
        `${spelling} uses the unsupported hash algorithm '${algorithm}'`,
        `Allowed algorithms are ${HASH_ALGORITHMS.join(", ")}.`,
      );
    }
  }
  if (spec.key === "config-settings" && !value.includes("=")) {
    throw new OptionError(`${spelling} needs a value of the form KEY=VALUE`, "Write it like --config-settings=key=value.");
  }
}

/** Parse already-split option words (optparse semantics, interspersed positional words allowed). */
export function parseOptionWords(words: readonly string[]): ParsedOptions {
  const options: ParsedOption[] = [];
  const positional: string[] = [];
  const take = (spec: OptionSpec, spelling: string, value: string | undefined): void => {
    if (value !== undefined) validateValue(spec, spelling, value);
    options.push(value === undefined ? { key: spec.key, spelling } : { key: spec.key, spelling, value });
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    if (word === "--") {
      positional.push(...words.slice(i + 1));
      break;
    }
    if (word.startsWith("--")) {
      const eq = word.indexOf("=");
      const name = eq < 0 ? word : word.slice(0, eq);
      const spec = matchLong(name);
      if (!spec.takesValue) {
        if (eq >= 0) throw new OptionError(`${name} does not take a value`, `Write ${spec.long[0]} on its own.`);
        take(spec, name, undefined);
      } else if (eq >= 0) {
        take(spec, name, word.slice(eq + 1));
      } else {
        const value = words[i + 1];
        if (value === undefined) throw new OptionError(`${name} needs a value`, `Write it like ${spec.long[0]} <value>.`);
        take(spec, name, value);
        i += 1;
      }
    } else if (word.startsWith("-") && word.length > 1) {
      for (let j = 1; j < word.length; j += 1) {
        const spelling = `-${word[j]}`;
        const spec = SHORT.get(spelling);
        if (!spec) throw new OptionError(`unknown option ${spelling}`, SUPPORTED_HINT);
        if (!spec.takesValue) {
          take(spec, spelling, undefined);
          continue;
        }
        const rest = word.slice(j + 1);
        if (rest !== "") {
          take(spec, spelling, rest);
        } else {
          const value = words[i + 1];
          if (value === undefined) throw new OptionError(`${spelling} needs a value`, `Write it like ${spelling} <value>.`);
          take(spec, spelling, value);
          i += 1;
        }
        break;
      }
    } else {
      positional.push(word);
    }
  }
  return { options, positional };
}

/**
 * Split a logical line the way pip does: the requirement is every space-separated word before the
 * first word starting with `-`; the rest is option text.
 */
export function splitArgsAndOptions(line: string): { args: string; optionText: string } {
  if (!line.startsWith("-") && !line.includes(" -")) return { args: line, optionText: "" };
  const words = line.split(" ");
  const first = words.findIndex((w) => w.startsWith("-"));
  if (first < 0) return { args: line, optionText: "" };
  return { args: words.slice(0, first).join(" "), optionText: words.slice(first).join(" ") };
}
