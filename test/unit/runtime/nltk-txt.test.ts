import { describe, expect, it } from "vitest";
import { nltkDataChanges, nltkDataMetadata } from "../../../src/cache/nltk-data.js";
import { parseNltkTxt } from "../../../src/runtime/nltk-txt.js";
import { BuildError } from "../../../src/support/errors.js";

describe("nltk.txt", () => {
  it("lists ids one per line or space-separated, with comments, CRLF and duplicates, each with its first line", () => {
    const text = "# corpora\r\npunkt_tab stopwords\r\n\r\nwordnet  # for lemmas\nomw-1.4\nstopwords\nwordnet2022\n";
    expect(parseNltkTxt(text)).toEqual([
      { id: "punkt_tab", line: 2 },
      { id: "stopwords", line: 2 },
      { id: "wordnet", line: 4 },
      { id: "omw-1.4", line: 5 },
      { id: "wordnet2022", line: 7 },
    ]);
    expect(parseNltkTxt("# nothing yet\n\n")).toEqual([]);
  });

  it.each([
    ["punkt\nnltk.download('stopwords')\n", 2, "nltk.download('stopwords')"],
    ["punkt,stopwords\n", 1, "punkt,stopwords"],
    ["\n\ncorpora/wordnet\n", 3, "corpora/wordnet"],
    ["..\n", 1, ".."],
  ])("refuses what isn't an id, naming its line: %j", (text, line, shown) => {
    let error: unknown;
    try {
      parseNltkTxt(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).line).toBe(line);
    expect((error as BuildError).message).toContain(`nltk.txt, line ${line}: '${shown}' isn't an NLTK data id.`);
  });
});

describe("cached NLTK data", () => {
  const saved = nltkDataMetadata(["punkt_tab", "stopwords"], undefined);

  it("matches the same ids from the same index", () => {
    expect(nltkDataChanges(saved, nltkDataMetadata(["punkt_tab", "stopwords"], undefined))).toEqual([]);
  });

  it("names the ids added and removed, and a changed index, without its credentials", () => {
    const wanted = nltkDataMetadata(["punkt_tab", "wordnet"], "https://user:s3cret@mirror.example/index.xml");
    expect(wanted.index).toBe("https://***@mirror.example/index.xml");
    expect(nltkDataChanges(saved, wanted)).toEqual([
      "the ids in nltk.txt changed (added wordnet; removed stopwords)",
      "the NLTK index (NLTK_DOWNLOAD_URL) changed (NLTK's default index → https://***@mirror.example/index.xml)",
    ]);
    expect(nltkDataChanges(saved, nltkDataMetadata(["stopwords", "punkt_tab"], undefined))).toEqual([
      "the ids in nltk.txt changed (reordered)",
    ]);
  });
});
