import { BuildError } from "../support/errors.js";

/** The file that lists the NLTK data an app needs, as Heroku's Python buildpack reads it. */
export const NLTK_TXT = "nltk.txt";

/** One id of nltk.txt and the line it is on. */
export interface NltkRequest {
  id: string;
  line: number;
}

/** What NLTK's downloader accepts as a package or collection id (it refuses path separators). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The ids of nltk.txt, in order, each once: separated by whitespace (one per line is the custom),
 * `#` starting a comment. Anything that isn't an id is an error naming its line. Pure.
 */
export function parseNltkTxt(text: string): NltkRequest[] {
  const requests: NltkRequest[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/(^|\s)#[^]*$/, "");
    const words = content.split(/\s+/).filter(Boolean);
    for (const id of words) {
      if (!ID.test(id) || id.includes("..")) {
        const shown = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
        throw new BuildError(
          `${NLTK_TXT}, line ${line}: '${shown(id)}' isn't an NLTK data id${words.length > 1 ? ` (the line: ${shown(content.trim())})` : ""}.\n` +
            "List the ids NLTK's downloader knows (e.g. punkt_tab, stopwords, wordnet), separated by spaces or one per line; '#' starts a comment.",
          { file: NLTK_TXT, line },
        );
      }
      if (seen.has(id)) continue;
      seen.add(id);
      requests.push({ id, line });
    }
  });
  return requests;
}
