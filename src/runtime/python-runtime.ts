import path from "node:path";
import { execa } from "execa";

/** Which build of Python: what a cached runtime must match to be reused. */
export interface RuntimeIdentity {
  stack: string;
  arch: string;
  version: string;
  /** Hash of the archive URL (which may hold mirror credentials, so it is never kept in clear). */
  source: string;
}

/** A Python runtime installed at `home` (BUILD_DIR/.heroku/python). */
export interface PythonRuntime extends RuntimeIdentity {
  home: string;
  /** SHA-256 of the archive it was extracted from. */
  archiveSha256: string;
}

/** The runtime's interpreter. */
export function pythonExecutable(home: string): string {
  return path.join(home, "bin", "python3");
}

/**
 * Runs the runtime's python with `args`. Without `env`, it runs on its own: Heroku's builds have
 * no rpath, so libpython comes from LD_LIBRARY_PATH, and nothing else of the build's environment.
 * `readOnly`: it writes no bytecode into the tree, so it may run while the tree is copied for the cache (see TreeSnapshot).
 */
export function runPython(home: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; readOnly?: boolean } = {}) {
  const env = {
    ...(options.env ?? { LD_LIBRARY_PATH: path.join(home, "lib"), PATH: process.env["PATH"] ?? "" }),
    ...(options.readOnly ? { PYTHONDONTWRITEBYTECODE: "1" } : {}),
  };
  return execa(pythonExecutable(home), args, { env, extendEnv: false, ...(options.cwd ? { cwd: options.cwd } : {}) });
}

/**
 * Whether the interpreter at `home` starts and finds its standard library. Without the site module (-S):
 * what site-packages holds is the environment's business, checked by its own step, and reading its .pth
 * files would triple the time this takes. bin/lib/tree.sh runs the same check on the copy it restores.
 */
export async function pythonStarts(home: string): Promise<boolean> {
  try {
    await runPython(home, ["-S", "-c", "import encodings"], { readOnly: true });
    return true;
  } catch {
    return false;
  }
}
