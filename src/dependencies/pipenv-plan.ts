import { createHash } from "node:crypto";
import path from "node:path";
import type { BuildContext } from "../context.js";
import { BuildError } from "../support/errors.js";
import { describeSelectionChanges, installLockedSelection, withoutHashes, type SelectionSnapshot } from "./locked-install.js";
import {
  applyPypiMirror,
  checkLockCurrent,
  lockToRequirements,
  readPipfileLock,
  readPipfileText,
  type PipenvRequirements,
} from "./pipenv/index.js";
import { isPinnedCommit, type DependencyPlan } from "./plan.js";

function packagesOf(reqs: PipenvRequirements): Record<string, string> {
  const packages: Record<string, string> = {};
  for (const line of reqs.lines) {
    const text = withoutHashes(line);
    const name = /^(?:-e\s+)?"?([A-Za-z0-9._-]+)/.exec(text)?.[1] ?? text;
    packages[name.toLowerCase()] = text;
  }
  return packages;
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
  const snapshot: SelectionSnapshot = {
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
    describeChanges: (saved) => describeSelectionChanges("Pipfile.lock", saved, snapshot),
    localPackages: reqs.local.map((l) => ({ path: path.posix.normalize(l.path).replace(/\/$/, "") || ".", editable: l.editable })),
    unprovable: reqs.vcs.filter((v) => !isPinnedCommit(v.ref)).map((v) => v.line),
    install: (run, scratch) =>
      // Like `pipenv install --deploy`: the lock is complete, so nothing is resolved.
      installLockedSelection(run, scratch, {
        lockFile: "Pipfile.lock",
        indexLines: reqs.indexLines,
        hashed: reqs.hashed,
        rest: [...reqs.unhashed, ...reqs.urls, ...reqs.vcs.map((v) => v.line), ...reqs.local.map((l) => l.line)],
        required: [...reqs.hashed, ...reqs.unhashed].map(withoutHashes),
      }),
  };
}
