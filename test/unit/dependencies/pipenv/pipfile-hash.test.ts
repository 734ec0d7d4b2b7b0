import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BuildError } from "../../../../src/support/errors.js";
import { parsePipfile, pipfileHash } from "../../../../src/dependencies/pipenv/pipfile-hash.js";
import { pyFloat, pyJsonDumps, pyJsonString } from "../../../../src/dependencies/pipenv/python-json.js";
import { oracleHashes } from "../../../fixtures/pipenv/oracle.js";

const corpus = path.resolve(import.meta.dirname, "../../../fixtures/pipenv/pipfiles");
const cases = readdirSync(corpus).sort();

describe("Pipfile hash vs the real Pipenv", () => {
  let expected = new Map<string, string>();
  beforeAll(async () => {
    const hashes = await oracleHashes(cases.map((c) => path.join(corpus, c, "Pipfile")));
    expected = new Map(cases.map((c, i) => [c, hashes[i]!]));
  });

  it("has a corpus of at least 20 Pipfiles", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s", (name) => {
    const text = readFileSync(path.join(corpus, name, "Pipfile"), "utf8");
    const want = expected.get(name);
    expect(want).toMatch(/^[0-9a-f]{64}$/);
    expect(pipfileHash(text)).toBe(want);
  });
});

describe("Python json.dumps emulation", () => {
  it("writes floats like Python's repr", () => {
    expect([1.5, 2, 1e20, 1e-5, 0.0001, 1e16, 123456789012345.6, -0, 0.1].map(pyFloat)).toEqual([
      "1.5",
      "2.0",
      "1e+20",
      "1e-05",
      "0.0001",
      "1e+16",
      "123456789012345.6",
      "-0.0",
      "0.1",
    ]);
  });

  it("escapes non-ASCII and control characters", () => {
    expect(pyJsonString('é😀\u007f\u0001"\\')).toBe('"\\u00e9\\ud83d\\ude00\\u007f\\u0001\\"\\\\"');
  });

  it("sorts keys by code point and uses compact separators", () => {
    expect(pyJsonDumps({ b: [1n, true, null], a: { "\u{1F600}": 1n, "\uFFFD": 2n } })).toBe(
      '{"a":{"\\ufffd":2,"\\ud83d\\ude00":1},"b":[1,true,null]}',
    );
  });
});

describe("Pipfile parse errors", () => {
  it("names Pipfile and the line", () => {
    const text = '[packages]\nsix = "*"\nrequests = \n';
    let error: unknown;
    try {
      parsePipfile(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BuildError);
    const be = error as BuildError;
    expect(be.file).toBe("Pipfile");
    expect(be.line).toBe(3);
    expect(be.message).toMatch(/Pipfile is not valid TOML/);
    expect(be.message).toMatch(/line 3/);
  });

  it("rejects TOML dates, which Pipenv can't hash either", () => {
    expect(() => pipfileHash('[packages]\nsix = {version = "*", when = 1979-05-27}\n')).toThrow(BuildError);
  });
});
