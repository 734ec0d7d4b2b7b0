import { createHash } from "node:crypto";
import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { BuildError } from "../support/errors.js";
import {
  applyPypiMirror,
  checkLockCurrent,
  lockToRequirements,
  readPipfileLock,
  readPipfileText,
  type PipenvRequirements,
} from "./pipenv/index.js";
import { pip } from "./pip-runner.js";
import { requestedFromReport, type DependencyPlan } from "./plan.js";

interface PipenvSnapshot {
  fingerprint: string;
  /** Requirement line per lock key, for saying what changed. */
  packages: Record<string, string>;
}

/** `name==1.0; marker` from a pipenv requirement line, without hashes. Pure. */
export function withoutHashes(line: string): string {
  // Hashes come last, each after one space (lockToRequirements writes them so); a regex with `\s+` is quadratic in a run of spaces.
  const first = line.indexOf(" --hash=");
  return (first < 0 ? line : line.slice(0, first)).trim();
}

function packagesOf(reqs: PipenvRequirements): Record<string, string> {
  const packages: Record<string, string> = {};
  for (const line of reqs.lines) {
    const text = withoutHashes(line);
    const name = /^(?:-e\s+)?"?([A-Za-z0-9._-]+)/.exec(text)?.[1] ?? text;
    packages[name.toLowerCase()] = text;
  }
  return packages;
}

/** Says which packages a lock change added, removed or changed. Pure. */
export function describeLockChanges(saved: PipenvSnapshot | undefined, current: PipenvSnapshot): string[] {
  if (!saved || typeof saved !== "object" || !saved.packages) return ["Pipfile.lock changed"];
  if (saved.fingerprint === current.fingerprint) return [];
  const before = saved.packages;
  const after = current.packages;
  const added = Object.keys(after).filter((k) => !(k in before));
  const removed = Object.keys(before).filter((k) => !(k in after));
  const changed = Object.keys(after).filter((k) => k in before && before[k] !== after[k]);
  const parts = [
    added.length ? `added ${added.join(", ")}` : "",
    removed.length ? `removed ${removed.join(", ")}` : "",
    changed.length ? `changed ${changed.join(", ")}` : "",
  ].filter(Boolean);
  return [`Pipfile.lock changed${parts.length ? ` (${parts.join("; ")})` : ""}`];
}

/** Pipfile.lock, checked like `pipenv install --deploy` and installed with pip. */
export async function pipenvPlan(ctx: BuildContext): Promise<DependencyPlan> {
  const pipfileText = await readPipfileText(ctx.buildDir);
  const parsed = await readPipfileLock(ctx.buildDir);
  if (!parsed) throw new BuildError("The app has no Pipfile.lock.\nRun 'pipenv lock' and commit Pipfile.lock.", { file: "Pipfile.lock" });
  const { lock } = checkLockCurrent(pipfileText, parsed, { pipfile: "Pipfile", lock: "Pipfile.lock" });
  const mirror = ctx.config.setting("PIPENV_PYPI_MIRROR");
  const sources = applyPypiMirror(lock.sources, mirror);
  const dev = ctx.env["INSTALL_TEST"] === "1";
  const reqs = lockToRequirements({ ...lock, sources }, { dev });
  const text = reqs.text;
  const snapshot: PipenvSnapshot = {
    fingerprint: `sha256:${createHash("sha256")
      .update(`pipenv-v1\n${dev ? "dev\n" : ""}${text}`)
      .digest("hex")}`,
    packages: packagesOf(reqs),
  };
  return {
    manager: "pipenv",
    label: dev ? "Pipfile.lock (default and develop)" : "Pipfile.lock",
    fingerprint: snapshot.fingerprint,
    snapshot,
    describeChanges: (saved) => describeLockChanges(saved as PipenvSnapshot | undefined, snapshot),
    localPackages: reqs.local.map((l) => ({ path: path.posix.normalize(l.path).replace(/\/$/, "") || ".", editable: l.editable })),
    unprovable: reqs.vcs.filter((v) => !v.ref || !/^[0-9a-f]{40}$/i.test(v.ref)).map((v) => v.line),
    async install(run, scratch) {
      // Like `pipenv install --deploy`: the lock is complete, so nothing is resolved (--no-deps);
      // hashed pins install in hash-checking mode, which pip doesn't allow for editables and paths.
      const hashedFile = path.join(scratch, "pipfile-lock-hashed.txt");
      const restFile = path.join(scratch, "pipfile-lock-rest.txt");
      const rest = [...reqs.unhashed, ...reqs.urls, ...reqs.vcs.map((v) => v.line), ...reqs.local.map((l) => l.line)];
      await fs.writeFile(hashedFile, [...reqs.indexLines, ...reqs.hashed, ""].join("\n"));
      await fs.writeFile(restFile, [...reqs.indexLines, ...rest, ""].join("\n"));
      const required: string[] = [...reqs.hashed, ...reqs.unhashed].map(withoutHashes);
      if (reqs.hashed.length > 0) {
        await pip(run, ["install", "--no-deps", "--require-hashes", "-r", hashedFile], "Installing the packages of Pipfile.lock");
      }
      if (rest.length > 0) {
        const report = path.join(scratch, "pip-report.json");
        await pip(
          run,
          [
            "install",
            "--no-deps",
            "-r",
            restFile,
            "--src",
            path.join(ctx.buildDir, ".heroku", "python", "src"),
            "--exists-action",
            "w",
            "--report",
            report,
          ],
          "Installing the local and VCS packages of Pipfile.lock",
        );
        required.push(...requestedFromReport(await fs.readJson(report)));
      }
      return { required };
    },
  };
}
