import { describe, expect, it } from "vitest";
import { findWheelLink, indexSources } from "../../../src/dependencies/pip-bootstrap.js";

describe("indexSources", () => {
  it("asks PyPI when no index is set, then the extra indexes in order", () => {
    expect(indexSources({}).map((s) => s.url.href)).toEqual(["https://pypi.org/simple/"]);
    const sources = indexSources({
      PIP_INDEX_URL: "https://a.example/simple",
      PIP_EXTRA_INDEX_URL: " https://b.example/x/  https://c.example/y ",
    });
    expect(sources.map((s) => s.url.href)).toEqual(["https://a.example/simple/", "https://b.example/x/", "https://c.example/y/"]);
  });

  it("moves credentials out of the URL into a Basic authorization header", () => {
    const [source] = indexSources({ PIP_INDEX_URL: "https://user:s%40cret@pkgs.example/simple/" });
    expect(source!.url.href).toBe("https://pkgs.example/simple/");
    expect(source!.headers["authorization"]).toBe(`Basic ${Buffer.from("user:s@cret").toString("base64")}`);
  });

  it("skips a setting that isn't a URL", () => {
    expect(indexSources({ PIP_INDEX_URL: "not a url" }).map((s) => s.url.href)).toEqual([]);
  });
});

describe("findWheelLink", () => {
  const page = new URL("https://pkgs.example/simple/pip/");
  const sha = "a".repeat(64);

  it("finds the file by name, resolves a relative href and reads its sha256", () => {
    const html = `<a href="../../files/pip-26.2.0-py3-none-any.whl#sha256=${"b".repeat(64)}">pip-26.2.0-py3-none-any.whl</a>
      <a data-requires-python="&gt;=3.9" href="../../files/pip-26.2.1-py3-none-any.whl#sha256=${sha.toUpperCase()}">pip-26.2.1-py3-none-any.whl</a>`;
    const link = findWheelLink(html, page, "pip-26.2.1-py3-none-any.whl");
    expect(link?.url.href).toBe("https://pkgs.example/files/pip-26.2.1-py3-none-any.whl");
    expect(link?.sha256).toBe(sha);
  });

  it("has no sha256 when the index gives none, and nothing when the file isn't listed", () => {
    const html = `<a href='https://cdn.example/p/pip-26.2.1-py3-none-any.whl'>x</a>`;
    expect(findWheelLink(html, page, "pip-26.2.1-py3-none-any.whl")).toEqual({
      url: new URL("https://cdn.example/p/pip-26.2.1-py3-none-any.whl"),
      sha256: undefined,
    });
    expect(findWheelLink(html, page, "pip-26.2.2-py3-none-any.whl")).toBeUndefined();
    expect(findWheelLink(`<a href="pip-26.2.1.tar.gz#sha256=${sha}">`, page, "pip-26.2.1-py3-none-any.whl")).toBeUndefined();
  });
});
