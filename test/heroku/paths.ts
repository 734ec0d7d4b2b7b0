// Locations the local Heroku derives at run time: never a path of one particular machine.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The pyslug repository root (two levels above this file). */
export const repoRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The repo's ignored cache folder for generated test inputs (archives, wheels). */
export const cacheRoot: string = path.join(repoRoot, ".cache");

/** Where Heroku puts build dirs: `/tmp/build_<id>` (a platform convention, not a host path). */
export const herokuBuildParent = "/tmp";

/** Root for app state dirs (cache, env dirs, buildpack copies) created by the platform. */
export const stateParent: string = os.tmpdir();

/** The pyenv root of this machine: $PYENV_ROOT, else `pyenv root`, else ~/.pyenv. */
export function pyenvRoot(): string {
  const fromEnv = process.env.PYENV_ROOT;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const out = execFileSync("pyenv", ["root"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (out && existsSync(out)) return out;
  } catch {
    // pyenv not on PATH: fall through.
  }
  return path.join(os.homedir(), ".pyenv");
}

/** Debian architecture name (amd64, arm64), as `dpkg --print-architecture` prints it. */
export function debianArch(): string {
  try {
    return execFileSync("dpkg", ["--print-architecture"], { encoding: "utf8" }).trim();
  } catch {
    return process.arch === "x64" ? "amd64" : process.arch;
  }
}

/** Node.js's name for this architecture in its archive names (x64, arm64). */
export function nodeArch(): string {
  return process.arch;
}
