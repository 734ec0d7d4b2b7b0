/**
 * How pyslug reads every text file of the app (requirements files, Pipfile, Pipfile.lock,
 * runtime.txt, .python-version): UTF-8, a leading UTF-8 byte-order mark dropped, line endings
 * left to each parser (they all accept CRLF). Anything that isn't UTF-8 text (UTF-16, NUL bytes,
 * invalid UTF-8) is the app's error, naming the file and the line. Linear in the file's size, and
 * each kind of file has a size limit far above any real one, so no file can make a build crawl.
 */
import fs from "node:fs/promises";
import { BuildError } from "./errors.js";

/** 1-based number of the line holding byte `offset` of `bytes`. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** UTF-16 without a byte-order mark: ASCII text with a NUL after (or before) every character. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  return (oddNuls > pairs * 0.4 && evenNuls === 0) || (evenNuls > pairs * 0.4 && oddNuls === 0);
}

const SAVE_AS_UTF8 = "Save it as UTF-8 (most editors have an encoding choice when saving; or: iconv -f UTF-16 -t UTF-8).";

/** The text of an app file's bytes; `file` (relative to the app) names it in errors. Pure. */
export function decodeAppText(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    throw new BuildError(`${file} is UTF-16 text, and pyslug reads UTF-8 (as pip does on Heroku).\n${SAVE_AS_UTF8}`, { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineOfByte(bytes, nul);
    throw new BuildError(
      `${file}, line ${line}: the file contains a NUL byte, so it is binary data, not text.\n` +
        `Check that ${file} is the file you meant to commit (not a compiled or corrupted file) and save it as plain UTF-8 text.`,
      { file, line },
    );
  }
  try {
    // TextDecoder drops a leading UTF-8 byte-order mark (what Windows editors write), and `fatal` refuses invalid bytes.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const line = bad < 0 ? 1 : text.slice(0, bad).split("\n").length;
    throw new BuildError(
      `${file}, line ${line}: the file isn't valid UTF-8 text (it may be Latin-1 or Windows-1252, or binary data).\n` +
        SAVE_AS_UTF8.replace("UTF-16", "WINDOWS-1252"),
      { file, line },
    );
  }
}

const MB = 1024 * 1024;

/** The largest file of each kind pyslug reads: many times the largest real one, small enough to read in well under a second. */
export const SIZE_LIMITS = {
  /** Every requirements file of a build together, includes counted each time they are read. */
  requirements: 4 * MB,
  Pipfile: MB / 2,
  "Pipfile.lock": 5 * MB,
  /** runtime.txt and .python-version: one line. */
  version: 64 * 1024,
} as const;

/** "4 MB", "64 KB". */
export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Refuses a file of `bytes` bytes when it is over `limit`; `what` says what the limit covers. */
export function checkSize(bytes: number, limit: number, file: string, what = `${file} is`): void {
  if (bytes <= limit) return;
  throw new BuildError(
    `${what} ${formatSize(bytes)}, more than the ${formatSize(limit)} pyslug reads.\n` +
      `A real ${file} is far smaller: check that the file committed is the one you meant (not generated output, a log or data).`,
    { file },
  );
}

/**
 * Reads an app file at `abs` as text (see above); `file` is its name relative to the app, for errors.
 * A file over `limit` bytes is refused before it is read.
 */
export async function readAppText(abs: string, file: string, limit: number): Promise<string> {
  checkSize((await fs.stat(abs)).size, limit, file);
  return decodeAppText(await fs.readFile(abs), file);
}
