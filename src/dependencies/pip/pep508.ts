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
