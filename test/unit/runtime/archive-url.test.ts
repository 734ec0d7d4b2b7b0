import { describe, expect, it } from "vitest";
import { parseSha256File } from "../../../src/support/download.js";
import { redactUrl } from "../../../src/support/redact.js";
import { DEFAULT_PYTHON_URL_TEMPLATE, pythonArchiveUrl, unknownPlaceholders } from "../../../src/runtime/archive-url.js";
import { normaliseArch, ubuntuForStack } from "../../../src/support/platform.js";

const platform = { stack: "heroku-24", ubuntu: "24.04", arch: "amd64" };

describe("Python archive URLs", () => {
  it("builds Heroku's default URL", () => {
    expect(pythonArchiveUrl(DEFAULT_PYTHON_URL_TEMPLATE, "3.13.15", platform)).toBe(
      "https://heroku-buildpack-python.s3.dualstack.us-east-1.amazonaws.com/python-3.13.15-ubuntu-24.04-amd64.tar.zst",
    );
  });

  it("fills every placeholder of a mirror template, repeatedly", () => {
    expect(
      pythonArchiveUrl("http://m/{stack}/{arch}/python-{version}-{ubuntu}-{version}.tar.gz", "3.12.1", { ...platform, arch: "arm64" }),
    ).toBe("http://m/heroku-24/arm64/python-3.12.1-24.04-3.12.1.tar.gz");
  });

  it("names placeholders it can't fill", () => {
    expect(unknownPlaceholders("http://m/{version}/{flavour}/{os}")).toEqual(["flavour", "os"]);
    expect(unknownPlaceholders(DEFAULT_PYTHON_URL_TEMPLATE)).toEqual([]);
  });

  it("redacts credentials", () => {
    expect(redactUrl("https://user:s3cret@mirror.example/python-{version}.tar.zst")).toBe(
      "https://***@mirror.example/python-{version}.tar.zst",
    );
    expect(redactUrl("https://mirror.example/x")).toBe("https://mirror.example/x");
  });
});

describe("stacks", () => {
  it("maps Heroku stacks to Ubuntu releases", () => {
    expect(ubuntuForStack("heroku-22")).toBe("22.04");
    expect(ubuntuForStack("heroku-24")).toBe("24.04");
    expect(ubuntuForStack("heroku-26")).toBe("26.04");
    expect(ubuntuForStack("my-stack")).toBeUndefined();
  });
  it("normalises architecture names to Debian's", () => {
    expect(normaliseArch("x86_64")).toBe("amd64");
    expect(normaliseArch("x64")).toBe("amd64");
    expect(normaliseArch("aarch64")).toBe("arm64");
    expect(normaliseArch("arm64")).toBe("arm64");
  });
});

describe(".sha256 files", () => {
  const digest = "a".repeat(64);
  it("accepts a bare digest or sha256sum's format", () => {
    expect(parseSha256File(`${digest}\n`)).toBe(digest);
    expect(parseSha256File(`${digest.toUpperCase()}  python-3.12.1.tar.zst\n`)).toBe(digest);
    expect(parseSha256File(`${digest} *python.tar.zst`)).toBe(digest);
  });
  it("rejects anything else", () => {
    expect(parseSha256File("not a digest")).toBeUndefined();
    expect(parseSha256File("abc123")).toBeUndefined();
    expect(parseSha256File("")).toBeUndefined();
  });
});
