import { createHash } from "node:crypto";
import path from "node:path";
import type { BuildContext } from "../context.js";
import { BuildError } from "../support/errors.js";
import {
  describeSelectionChanges,
  installLockedSelection,
  reinstallLockedLocal,
  withoutHashes,
  type SelectionSnapshot,
} from "./locked-install.js";
import {
  applyPypiMirror,
  checkLockCurrent,
  lockToRequirements,
  readPipfileLock,
  readPipfileText,
  type PipenvRequirements,
} from "./pipenv/index.js";
import { markerMatches, targetEnvironment } from "./markers.js";
import { checkRequiresPython } from "./pipenv/requires-python.js";
import { parsePipfile } from "./pipenv/pipfile-hash.js";
import { isPinnedCommit, type DependencyPlan, type PlanTarget } from "./plan.js";

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
export async function pipenvPlan(ctx: BuildContext, target: PlanTarget): Promise<DependencyPlan> {
  const pipfileText = await readPipfileText(ctx.buildDir);
  const parsed = await readPipfileLock(ctx.buildDir);
  if (!parsed) throw new BuildError("The app has no Pipfile.lock.\nRun 'pipenv lock' and commit Pipfile.lock.", { file: "Pipfile.lock" });
  const { lock } = checkLockCurrent(pipfileText, parsed, { pipfile: "Pipfile", lock: "Pipfile.lock" });
  checkRequiresPython(parsePipfile(pipfileText), { version: target.python.version, origin: target.python.request.origin });
  // pyslug evaluates the markers of VCS and local entries for the target Python: pip rejects them in `-e` URLs.
  const markerEnv = targetEnvironment(target.python.version, target.platform.arch);
  const applies = (entry: { key: string; markers: string | undefined }): boolean => {
    try {
      return markerMatches(entry.markers, markerEnv);
    } catch (error) {
      throw new BuildError(
        `Pipfile.lock: the markers of ${entry.key} can't be evaluated (${(error as Error).message}): ${entry.markers}\n` +
          "Fix them in the Pipfile and run 'pipenv lock' again.",
        { file: "Pipfile.lock" },
      );
    }
  };
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
    localPackages: reqs.local
      .filter(applies)
      .map((l) => ({ path: path.posix.normalize(l.path).replace(/\/$/, "") || ".", editable: l.editable })),
    unprovable: reqs.vcs.filter((v) => applies(v) && !isPinnedCommit(v.ref)).map((v) => v.line),
    reinstallLocal: (run, packages, scratch) =>
      reinstallLockedLocal(run, scratch, { lockFile: "Pipfile.lock", indexLines: reqs.indexLines }, packages),
    install: (run, scratch) =>
      // Like `pipenv install --deploy`: the lock is complete, so nothing is resolved.
      installLockedSelection(run, scratch, {
        lockFile: "Pipfile.lock",
        indexLines: reqs.indexLines,
        // A hashed file URL is checked with the pins: in the other run its hash would put pip in
        // hash-checking mode, which refuses every editable and VCS line.
        hashed: [...reqs.hashed, ...reqs.hashedUrls.map((u) => u.line)],
        rest: [
          ...reqs.unhashed,
          ...reqs.urls,
          ...reqs.vcs.filter(applies).map((v) => v.installLine),
          ...reqs.local.filter(applies).map((l) => l.installLine),
        ],
        required: [...[...reqs.hashed, ...reqs.unhashed].map(withoutHashes), ...reqs.hashedUrls.map((u) => u.requirement)],
      }),
  };
}
