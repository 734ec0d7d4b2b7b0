import { describe, expect, it } from "vitest";
import { HookOutput } from "../../../src/steps/run-hook.js";

function shown(chunks: (string | Buffer)[], limits = { headLines: 3, tailLines: 2, lineChars: 10 }): string[] {
  const lines: string[] = [];
  const output = new HookOutput((line) => lines.push(line), limits);
  for (const chunk of chunks) output.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  output.end();
  return lines;
}

describe("a hook's output in the build log", () => {
  it("is shown whole when it is short, the last line even without a newline", () => {
    expect(shown(["a\nb", "\nc"])).toEqual(["a", "b", "c"]);
  });

  it("shows the first and last lines of a long output, and says how much it left out", () => {
    const lines = shown([Array.from({ length: 10 }, (_, i) => `line ${i}`).join("\n") + "\n"]);
    expect(lines).toEqual([
      "line 0",
      "line 1",
      "line 2",
      expect.stringMatching(/^… 5 lines not shown \(0\.0 MB of output in all\); the last 2:$/),
      "line 8",
      "line 9",
    ]);
  });

  it("cuts a very long line, however it arrives", () => {
    const lines = shown(["x".repeat(7), "x".repeat(30), "x".repeat(3), "\nok\n"]);
    expect(lines).toEqual(["xxxxxxxxxx… (30 more characters)", "ok"]);
  });

  it("keeps a character split across two chunks whole", () => {
    const euro = Buffer.from("€\n");
    expect(shown([euro.subarray(0, 1), euro.subarray(1)])).toEqual(["€"]);
  });

  it("handles 5 MB in one line or in a million short ones quickly", () => {
    const started = performance.now();
    expect(shown(["y".repeat(5 * 1024 * 1024)], { headLines: 1000, tailLines: 200, lineChars: 2000 })[0]).toMatch(
      /^y{2000}… \(\d+ more characters\)$/,
    );
    expect(shown(["z\n".repeat(2_500_000)], { headLines: 1000, tailLines: 200, lineChars: 2000 })).toHaveLength(1201);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
