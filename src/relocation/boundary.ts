/**
 * Where a recorded build path really occurs in some bytes.
 *
 * The build dir is `/tmp/build_<id>`, and another build's dir can start with the same bytes
 * (`/tmp/build_1` inside `/tmp/build_12`). An occurrence counts only when the next byte can't
 * continue a directory name: `/`, a quote, whitespace, `:`, `)`, end of data, ... Bytes that
 * continue a name are the POSIX portable filename characters `[A-Za-z0-9._-]` (Heroku's build ids
 * use only those). The left side is not checked: `file:///tmp/build_x` (direct_url.json) must
 * match, and an absolute build path never appears as the tail of a longer path in a slug.
 *
 * The same rule is the `[^A-Za-z0-9._-]` bracket of the boot script's sed expression.
 */

/** The bracket expression (C locale) of bytes that end a path after the build dir. */
export const PATH_END_BRACKET = "[^A-Za-z0-9._-]";

/** True when `byte` (undefined = end of data) would continue a directory name. Pure. */
export function continuesName(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    byte === 0x2e || // .
    byte === 0x5f || // _
    byte === 0x2d // -
  );
}

/** Offsets of the real occurrences of `needle` in `data`. Pure. */
export function occurrences(data: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let at = data.indexOf(needle);
  while (at !== -1) {
    if (continuesName(data[at + needle.length])) {
      at = data.indexOf(needle, at + 1);
    } else {
      found.push(at);
      at = data.indexOf(needle, at + needle.length);
    }
  }
  return found;
}

/** True when `data` holds `needle` as a whole path (see the module doc). Pure. */
export function holdsPath(data: Buffer, needle: Buffer): boolean {
  let at = data.indexOf(needle);
  while (at !== -1) {
    if (!continuesName(data[at + needle.length])) return true;
    at = data.indexOf(needle, at + 1);
  }
  return false;
}

/** `data` with every real occurrence of `from` replaced by `to`, or undefined when there is none. Pure. */
export function replacePath(data: Buffer, from: Buffer, to: Buffer): Buffer | undefined {
  const at = occurrences(data, from);
  if (at.length === 0) return undefined;
  const parts: Buffer[] = [];
  let last = 0;
  for (const start of at) {
    parts.push(data.subarray(last, start), to);
    last = start + from.length;
  }
  parts.push(data.subarray(last));
  return Buffer.concat(parts);
}

/** The build dir as an absolute path without a trailing slash; throws on anything else. Pure. */
export function normaliseDir(dir: string): string {
  if (!dir.startsWith("/")) throw new Error(`Not an absolute path: ${JSON.stringify(dir)}`);
  if (/[\n\0]/.test(dir)) throw new Error(`A path with a newline or NUL can't be relocated: ${JSON.stringify(dir)}`);
  let end = dir.length;
  while (end > 0 && dir[end - 1] === "/") end--; // not /\/+$/, which is quadratic in a run of slashes
  const trimmed = dir.slice(0, end);
  if (trimmed === "") throw new Error("The root directory can't be relocated");
  return trimmed;
}
