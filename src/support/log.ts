/**
 * The build log, in Heroku's conventions: `-----> ` for a step, seven spaces for its details,
 * ` !     ` for warnings and errors. Every step prints how long it took.
 */
export interface LogSink {
  out(text: string): void;
  err(text: string): void;
}

const processSink: LogSink = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

export class BuildLog {
  readonly timings: Record<string, number> = {};

  constructor(private readonly sink: LogSink = processSink) {}

  step(title: string): void {
    this.sink.out(`-----> ${title}\n`);
  }

  info(text: string): void {
    for (const line of text.split("\n")) this.sink.out(`       ${line}\n`);
  }

  warn(text: string): void {
    const [first = "", ...rest] = text.split("\n");
    this.sink.err(` !     Warning: ${first}\n`);
    for (const line of rest) this.sink.err(` !     ${line}\n`);
  }

  error(text: string): void {
    for (const line of text.split("\n")) this.sink.err(` !     ${line}\n`);
  }

  /** Runs one step of the build: prints its title, then its duration when it ends. */
  async timed<T>(key: string, title: string, run: () => Promise<T>): Promise<T> {
    this.step(title);
    const started = performance.now();
    try {
      return await run();
    } finally {
      const elapsed = performance.now() - started;
      this.timings[key] = (this.timings[key] ?? 0) + elapsed;
      this.info(`(${seconds(elapsed)})`);
    }
  }

  /** Adds time to a named share without printing a step (e.g. cache save inside another step). */
  async measure<T>(key: string, run: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.timings[key] = (this.timings[key] ?? 0) + (performance.now() - started);
    }
  }
}
