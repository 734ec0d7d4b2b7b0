import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { eachLine } from "../../../src/support/output-lines.js";

// A child that writes "café" with the two bytes of "é" in two writes far apart (so in two chunks),
// then a stderr line, then a last line without a newline.
const SPLIT_CHARACTER = `
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
process.stdout.write(Buffer.from([0x63, 0x61, 0x66, 0xc3]));
await pause(150);
process.stdout.write(Buffer.from([0xa9, 0x0a]));
await pause(50);
process.stderr.write("to stderr\\n");
await pause(50);
process.stdout.write("no newline");
`;

describe("lines of a subprocess's output", () => {
  it("keep a multi-byte character whose bytes arrive in two chunks, take stderr in, and end with the unterminated line", async () => {
    const child = execa(process.execPath, ["--input-type=module", "-e", SPLIT_CHARACTER], { all: true, reject: false });
    const lines: string[] = [];
    await eachLine(child, (line) => lines.push(line));
    const result = await child;
    expect(lines).toEqual(["café", "to stderr", "no newline"]);
    expect(lines.join("\n")).not.toContain("\ufffd");
    // The whole output is still there for the caller (pip's failure explanation reads it).
    expect(result.all).toBe("café\nto stderr\nno newline");
  });

  it("work without buffering (hooks may print more than fits in memory)", async () => {
    const child = execa(process.execPath, ["-e", "for (let i = 0; i < 3; i++) console.log(`line ${i}`)"], { all: true, buffer: false });
    const lines: string[] = [];
    await eachLine(child, (line) => lines.push(line));
    expect((await child).exitCode).toBe(0);
    expect(lines).toEqual(["line 0", "line 1", "line 2"]);
  });
});
