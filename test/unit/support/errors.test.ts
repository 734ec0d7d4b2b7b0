// What the log prints for an error the app's owner can act on.
import { describe, expect, it } from "vitest";
import { BuildError, excerpt } from "../../../src/support/errors.js";

describe("BuildError's report", () => {
  it("is the message alone when the message names the file", () => {
    const error = new BuildError("requirements.txt, line 3: 'foo==' is not a requirement.", { file: "requirements.txt", line: 3 });
    expect(error.report).toBe(error.message);
  });

  it("adds where the problem is when the message doesn't say", () => {
    expect(new BuildError("The lock is out of date.", { file: "uv.lock", line: 12 }).report).toBe(
      "The lock is out of date.\n(in uv.lock, line 12)",
    );
    expect(new BuildError("The lock is out of date.", { file: "uv.lock" }).report).toBe("The lock is out of date.\n(in uv.lock)");
  });

  it("is the message alone when there is no file", () => {
    expect(new BuildError("The disk is full.").report).toBe("The disk is full.");
  });
});

describe("excerpt", () => {
  it("keeps short text and cuts long text around a note of what was cut", () => {
    expect(excerpt("short")).toBe("short");
    const cut = excerpt("a".repeat(150) + "b".repeat(150), 100);
    expect(cut).toBe(`${"a".repeat(70)}…(200 more characters)…${"b".repeat(30)}`);
  });
});
