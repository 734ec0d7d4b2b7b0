/**
 * An error the app's owner can act on: what is wrong, where, and how to fix it.
 * pyslug prints its message and exits 1, without a stack trace.
 * Any other exception is a bug in pyslug and is reported as one.
 */
export class BuildError extends Error {
  override readonly name = "BuildError";
  /** The file the problem is in, relative to the app root, when there is one. */
  readonly file: string | undefined;
  /** 1-based line in `file`, when known. */
  readonly line: number | undefined;

  constructor(message: string, where: { file?: string; line?: number } = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
  }

  /** "requirements.txt, line 3" or "requirements.txt" or "". */
  get location(): string {
    if (this.file === undefined) return "";
    return this.line === undefined ? this.file : `${this.file}, line ${this.line}`;
  }

  /** What the log prints: the message, followed by where the problem is when the message doesn't name the file. */
  get report(): string {
    if (this.file === undefined || this.message.includes(this.file)) return this.message;
    return `${this.message}\n(in ${this.location})`;
  }
}

/** `text`, or its start and end around a note of what was cut when it is longer than `max`: for quoting input in messages. */
export function excerpt(text: string, max = 200): string {
  if (text.length <= max) return text;
  const head = Math.ceil(max * 0.7);
  const tail = max - head;
  return `${text.slice(0, head)}…(${text.length - head - tail} more characters)…${text.slice(text.length - tail)}`;
}

export function isBuildError(error: unknown): error is BuildError {
  return error instanceof BuildError;
}
