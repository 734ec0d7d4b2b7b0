/**
 * Python's `json.dumps(value, sort_keys=True, separators=(",", ":"))` (with the default
 * `ensure_ascii=True`), the serialisation Pipenv hashes a Pipfile with.
 */

/** A value as smol-toml returns it (integers as bigint), or a JSON value. */
export type PyJsonValue = string | number | bigint | boolean | null | readonly PyJsonValue[] | { readonly [key: string]: PyJsonValue };

/** Thrown for a value Python's json module can't serialise (e.g. a TOML date). */
export class PyJsonTypeError extends Error {
  override readonly name = "PyJsonTypeError";
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** A JSON string literal as Python writes it with ensure_ascii: all but printable ASCII escaped. */
export function pyJsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (code >= 0x20 && code <= 0x7e) out += ch;
    // UTF-16 code units, so astral characters come out as surrogate pairs, as in Python.
    else out += "\\u" + code.toString(16).padStart(4, "0");
  }
  return out + '"';
}

/** `repr(float)` as Python's json module writes it (`Infinity`/`NaN` for the specials). */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  // Shortest round-trip digits, as both JS and Python (repr) use.
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const exp = Number(expText);
  const digits = mantissa.replace(".", "");
  const sign = x < 0 ? "-" : "";
  if (exp >= -4 && exp < 16) {
    let fixed: string;
    if (exp < 0) fixed = "0." + "0".repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) fixed = digits + "0".repeat(exp + 1 - digits.length) + ".0";
    else fixed = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
    return sign + fixed;
  }
  const frac = digits.length > 1 ? "." + digits.slice(1) : "";
  const expOut = (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  return `${sign}${digits[0]}${frac}e${expOut}`;
}

/** Compares strings by code point, as Python's `sorted` does for `str`. */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return ca.done ? (cb.done ? 0 : -1) : 1;
    const diff = ca.value.codePointAt(0)! - cb.value.codePointAt(0)!;
    if (diff !== 0) return diff;
  }
}

/** Serialises like `json.dumps(value, sort_keys=True, separators=(",", ":"))`. */
export function pyJsonDumps(value: unknown): string {
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "string") return pyJsonString(value);
  if (typeof value === "bigint") return value.toString();
  // smol-toml (with integersAsBigInt) gives integers as bigint, so a `number` is a TOML float.
  if (typeof value === "number") return pyFloat(value);
  if (Array.isArray(value)) return "[" + value.map(pyJsonDumps).join(",") + "]";
  if (isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareCodePoints);
    return "{" + keys.map((k) => pyJsonString(k) + ":" + pyJsonDumps(record[k])).join(",") + "}";
  }
  throw new PyJsonTypeError(`Object of type ${describe(value)} is not JSON serializable`);
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

function describe(value: unknown): string {
  if (typeof value === "object" && value !== null) return value.constructor?.name ?? "object";
  return typeof value;
}
