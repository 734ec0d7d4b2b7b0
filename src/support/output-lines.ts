/** What eachLine needs of an execa subprocess started with `all: true`. */
interface LineSource {
  iterable(options: { from: "all" }): AsyncIterable<unknown>;
}

/**
 * Calls `onLine` for every line of a subprocess's combined output (stdout and stderr) as it comes,
 * the last one too when it has no newline. execa splits and decodes the stream, so a character
 * whose bytes arrive in two chunks stays whole. Resolves when the output ends.
 */
export async function eachLine(subprocess: LineSource, onLine: (line: string) => void): Promise<void> {
  for await (const line of subprocess.iterable({ from: "all" })) onLine(String(line));
}
