/** POSIX shell-like word splitting (Python's shlex.split without comments), used for option text. */

/** Thrown when the text cannot be split (unbalanced quote, dangling backslash). */
export class SplitError extends Error {}

const WHITESPACE = " \t\r\n";
const SPECIAL = `${WHITESPACE}\\'"`;

/** Split `text` into words, honouring single quotes, double quotes and backslash escapes. */
export function shellSplit(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (WHITESPACE.includes(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i += 1;
    } else if (ch === "\\") {
      if (i + 1 >= text.length) throw new SplitError("No escaped character");
      word += text[i + 1];
      inWord = true;
      i += 2;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new SplitError("No closing quotation");
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i += 1;
      let closed = false;
      while (i < text.length) {
        const c = text[i] as string;
        if (c === '"') {
          closed = true;
          i += 1;
          break;
        }
        if (c === "\\" && i + 1 < text.length) {
          const next = text[i + 1] as string;
          word += next === '"' || next === "\\" ? next : `\\${next}`;
          i += 2;
          continue;
        }
        word += c;
        i += 1;
      }
      if (!closed) throw new SplitError("No closing quotation");
      inWord = true;
    } else {
      // A run of ordinary characters at once: adding them one by one is slow on a megabyte of hashes.
      let end = i + 1;
      while (end < text.length && !SPECIAL.includes(text[end] as string)) end += 1;
      word += text.slice(i, end);
      inWord = true;
      i = end;
    }
  }
  if (inWord) words.push(word);
  return words;
}
