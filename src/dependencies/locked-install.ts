import path from "node:path";
import fs from "fs-extra";
import { installLines, pip, vcsCheckoutArgs, type PipRun } from "./pip-runner.js";
import { withPipSession } from "./pip-session.js";
import type { LocalPackage } from "./local-packages.js";
import { requestedFromReport } from "./plan.js";

/**
 * What a lock file selected for this build, as pip requirement lines. Every lock plan (Pipfile.lock,
 * poetry.lock, uv.lock) installs through {@link installLockedSelection}: the lock is complete, so
 * nothing is resolved (`--no-deps`), as the tools themselves do.
 */
export interface LockedSelection {
  /** The lock file, as the log names it ("Pipfile.lock", "uv.lock"). */
  lockFile: string;
  /** pip option lines put at the top of both requirement files: `-i URL`, `--extra-index-url URL`, `--find-links URL`. */
  indexLines: string[];
  /** Pinned requirements with `--hash=` options (registry pins, URLs and files): one run in hash-checking mode. */
  hashed: string[];
  /** What pip can't check hashes for: directories, editables, VCS checkouts, unhashed entries. */
  rest: string[];
  /** PEP 508 requirements the environment must satisfy afterwards; what they don't need is removed. */
  required: string[];
}

/** What a lock plan stores with the cache to say later what changed. */
export interface SelectionSnapshot {
  fingerprint: string;
  /** A line per package (name → how it is installed), for saying what changed. */
  packages: Record<string, string>;
}

/** Says which packages a lock change added, removed or changed. Pure. */
export function describeSelectionChanges(lockFile: string, saved: unknown, current: SelectionSnapshot): string[] {
  const before = (saved as SelectionSnapshot | undefined)?.packages;
  if (!before || typeof before !== "object") return [`${lockFile} changed`];
  if ((saved as SelectionSnapshot).fingerprint === current.fingerprint) return [];
  const after = current.packages;
  const added = Object.keys(after).filter((k) => !(k in before));
  const removed = Object.keys(before).filter((k) => !(k in after));
  const changed = Object.keys(after).filter((k) => k in before && before[k] !== after[k]);
  const parts = [
    added.length ? `added ${added.join(", ")}` : "",
    removed.length ? `removed ${removed.join(", ")}` : "",
    changed.length ? `changed ${changed.join(", ")}` : "",
  ].filter(Boolean);
  return [`${lockFile} changed${parts.length ? ` (${parts.join("; ")})` : ""}`];
}

/** `name==1.0; marker` from a requirement line, without its hashes. Pure. */
export function withoutHashes(line: string): string {
  // Hashes come last, each after one space (the lock plans write them so); a regex with `\s+` is quadratic in a run of spaces.
  const first = line.indexOf(" --hash=");
  return (first < 0 ? line : line.slice(0, first)).trim();
}

/**
 * Installs a selection into the build's Python: the hashed pins in one pip run with
 * `--require-hashes --no-deps`, then the local, VCS and editable entries with `--no-deps`
 * (VCS checkouts under .heroku/python/src). Returns what the environment must keep.
 */
export async function installLockedSelection(run: PipRun, scratch: string, selection: LockedSelection): Promise<{ required: string[] }> {
  // Two pip commands: one interpreter runs both (see PipSession).
  if (selection.hashed.length > 0 && selection.rest.length > 0) {
    return withPipSession(run, (session) => installSelection(session, scratch, selection));
  }
  return installSelection(run, scratch, selection);
}

async function installSelection(run: PipRun, scratch: string, selection: LockedSelection): Promise<{ required: string[] }> {
  const { lockFile, indexLines, hashed, rest } = selection;
  const required = [...selection.required];
  const stem = lockFile.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
  if (hashed.length > 0) {
    const hashedFile = path.join(scratch, `${stem}-hashed.txt`);
    await fs.writeFile(hashedFile, [...indexLines, ...hashed, ""].join("\n"));
    await pip(run, ["install", "--no-deps", "--require-hashes", "-r", hashedFile], `Installing the packages of ${lockFile}`);
  }
  if (rest.length > 0) {
    const restFile = path.join(scratch, `${stem}-rest.txt`);
    const report = path.join(scratch, `${stem}-report.json`);
    await fs.writeFile(restFile, [...indexLines, ...rest, ""].join("\n"));
    await pip(
      run,
      ["install", "--no-deps", "-r", restFile, ...vcsCheckoutArgs(run.ctx), "--exists-action", "w", "--report", report],
      `Installing the local and VCS packages of ${lockFile}`,
    );
    required.push(...requestedFromReport(await fs.readJson(report)));
  }
  return { required };
}

/**
 * Installs again just these local packages of a lock, as installLockedSelection does (`--no-deps`: the lock has
 * their dependencies, installed already). Returns the names pip was asked for.
 */
export async function reinstallLockedLocal(
  run: PipRun,
  scratch: string,
  selection: Pick<LockedSelection, "lockFile" | "indexLines">,
  packages: LocalPackage[],
): Promise<{ requested: string[] }> {
  const lines = packages.map((p) => `${p.editable ? "-e " : ""}${path.join(run.ctx.buildDir, p.path)}`);
  return installLines(
    run,
    scratch,
    { header: selection.indexLines, requirements: lines },
    ["--no-deps"],
    `Reinstalling local packages of ${selection.lockFile}`,
  );
}
