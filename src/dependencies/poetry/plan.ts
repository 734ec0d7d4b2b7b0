import { createHash } from "node:crypto";
import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../../context.js";
import { BuildError } from "../../support/errors.js";
import { redactUrl } from "../../support/redact.js";
import { readIndexCredentials, secretsOf, withCredentials } from "../index-credentials.js";
import {
  describeSelectionChanges,
  installLockedSelection,
  reinstallLockedLocal,
  withoutHashes,
  type SelectionSnapshot,
} from "../locked-install.js";
import { targetEnvironment } from "../markers.js";
import {
  describeStaleLock,
  installedGroups,
  InstallLineError,
  installLines,
  lockIsFresh,
  lockVersionParts,
  parseTomlFile,
  PoetryLockError,
  PoetryProjectError,
  readPoetryLock,
  readPoetryProject,
  selectPackages,
  SelectionError,
  type PoetryProject,
} from "./index.js";
import type { DependencyPlan, PlanTarget } from "../plan.js";
import { installsTestDependencies } from "../test-requirements.js";
import { lineOf } from "../toml-file.js";
import { glibcOfUbuntu } from "../wheel-tags.js";
import { checkPythonConstraint } from "../python-constraint.js";

const RELOCK = "Run 'poetry lock' with Poetry 2 and commit poetry.lock.";

/** Poetry's name for a source in a config var: `POETRY_HTTP_BASIC_<NAME>_USERNAME`. Pure. */
export function poetrySourceVariables(name: string): string[] {
  const upper = name.toUpperCase().replace(/-/g, "_");
  return [...new Set([upper, upper.replace(/\./g, "_")])];
}

/** The source URL pip gets for a named `[[tool.poetry.source]]`, with its credentials, and the secrets to redact. */
function sourceUrl(ctx: BuildContext, project: PoetryProject, reference: string, lockUrl: string | undefined) {
  const source = project.sources.find((s) => s.name.toLowerCase() === reference.toLowerCase());
  const url = source?.url ?? lockUrl;
  if (!url) {
    throw new BuildError(
      `poetry.lock installs packages from the source '${reference}', which pyproject.toml doesn't define.\n` +
        `Add it as a [[tool.poetry.source]] with its url, or ${RELOCK}`,
      { file: "pyproject.toml" },
    );
  }
  for (const variable of poetrySourceVariables(reference)) {
    const credentials = readIndexCredentials(ctx.config, "POETRY_HTTP_BASIC_", variable);
    if (credentials) {
      ctx.log.info(`Using ${credentials.variables.join(" and ")} for the source '${reference}' (${redactUrl(url)})`);
      return { url: withCredentials(url, credentials), plain: url, secrets: secretsOf(credentials, url) };
    }
  }
  return { url, plain: url, secrets: [] as string[] };
}

async function readText(ctx: BuildContext, file: string): Promise<string> {
  return fs.readFile(path.join(ctx.buildDir, file), "utf8");
}

/** poetry.lock, checked as Poetry 2 checks it, and the selection `poetry sync --only main` makes, installed with pip. */
export async function poetryPlan(ctx: BuildContext, target: PlanTarget): Promise<DependencyPlan> {
  const [pyprojectText, lockText] = await Promise.all([readText(ctx, "pyproject.toml"), readText(ctx, "poetry.lock")]);
  const pyprojectData = parseTomlFile(
    pyprojectText,
    "pyproject.toml",
    "Fix the syntax at that line, then run 'poetry lock' and commit both files.",
  );
  const lockData = parseTomlFile(lockText, "poetry.lock", `Don't edit poetry.lock by hand: ${RELOCK}`);

  let project: PoetryProject;
  try {
    project = readPoetryProject(pyprojectData);
  } catch (error) {
    if (error instanceof PoetryProjectError) throw new BuildError(`pyproject.toml: ${error.message}.`, { file: "pyproject.toml" });
    throw error;
  }
  let lock;
  try {
    lock = readPoetryLock(lockData);
  } catch (error) {
    if (error instanceof PoetryLockError)
      throw new BuildError(`poetry.lock isn't a lock file Poetry wrote: ${error.message}.\n${RELOCK}`, { file: "poetry.lock" });
    throw error;
  }
  const [major, minor] = lockVersionParts(lock.lockVersion);
  const versionLine = lineOf(lockText, /^\s*lock-version\s*=/);
  if (!(major >= 1) || major > 2) {
    throw new BuildError(
      `poetry.lock has lock-version "${lock.lockVersion}"; pyslug reads lock versions 1.x to 2.1.\n` +
        (major > 2 ? "The lock was written by a Poetry newer than pyslug knows: re-lock with Poetry 2, or update pyslug." : RELOCK),
      { file: "poetry.lock", line: versionLine },
    );
  }
  if (major === 2 && minor > 1)
    ctx.log.warn(`poetry.lock has lock-version ${lock.lockVersion}, newer than the 2.1 pyslug knows; reading it as 2.1.`);

  if (!lockIsFresh(pyprojectData, lock.contentHash, lockText)) {
    throw new BuildError(
      "poetry.lock is out of date: pyproject.toml changed since it was locked (Poetry refuses to install it too).\n" +
        describeStaleLock(project, lock)
          .map((c) => `  - ${c}\n`)
          .join("") +
        RELOCK.replace("with Poetry 2 ", ""),
      { file: "poetry.lock", line: lineOf(lockText, /^\s*content-hash\s*=/) },
    );
  }

  const { python, platform, supported } = target;
  if (project.python) {
    checkPythonConstraint(
      { version: python.version, origin: python.request.file ?? python.request.origin },
      project.python.constraint,
      {
        key: project.python.key,
        file: "pyproject.toml",
        line: lineOf(pyprojectText, project.python.key === "python" ? /^\s*python\s*=/ : /^\s*requires-python\s*=/),
        syntax: project.python.key === "python" ? "poetry" : "pep440",
      },
      supported,
    );
  }

  const ci = installsTestDependencies(ctx);
  const groups = installedGroups(project, ci);
  const env = targetEnvironment(python.version, platform.arch);
  let lines;
  try {
    lines = installLines(selectPackages(lock, project, { env, groups }), {
      minor: python.minor,
      machine: env.platform_machine,
      glibc: glibcOfUbuntu(platform.ubuntu),
    });
  } catch (error) {
    if (error instanceof SelectionError || error instanceof InstallLineError) {
      const name = error instanceof SelectionError ? error.packageName : error.packageName;
      const line = name ? lineOf(lockText, new RegExp(`^name = "${name.replace(/-/g, "[-_.]")}"`, "i")) : undefined;
      const twice = error instanceof SelectionError && /twice/.test(error.message);
      throw new BuildError(
        `${error.message}.\n` +
          (twice ? "Re-lock with Poetry 2 ('poetry lock'): its lock-version 2.1 records which one each Python gets." : RELOCK),
        { file: "poetry.lock", line },
      );
    }
    throw error;
  }

  const secrets: string[] = [];
  const indexLines: string[] = [];
  const indexes: string[] = [];
  for (const reference of lines.sources) {
    const lockUrl = lock.packages.find((p) => p.source?.reference === reference)?.source?.url;
    const { url, plain, secrets: s } = sourceUrl(ctx, project, reference, lockUrl);
    const first = !lines.usesDefaultIndex && indexLines.length === 0;
    indexLines.push(`${first ? "--index-url" : "--extra-index-url"} ${url}`);
    indexes.push(plain);
    secrets.push(...s);
  }

  const rest = [...lines.rest];
  const localPackages = lines.local.map((l) => ({ path: l.path, editable: l.editable }));
  if (project.packageMode) {
    if (!project.hasBuildSystem) {
      throw new BuildError(
        "pyproject.toml has no [build-system], so pip can't install the project itself (Poetry would use poetry-core).\n" +
          'Add [build-system] with requires = ["poetry-core>=2.0"] and build-backend = "poetry.core.masonry.api",\n' +
          "or set package-mode = false in [tool.poetry] if the app isn't a package.",
        { file: "pyproject.toml" },
      );
    }
    rest.push("-e .");
    localPackages.push({ path: ".", editable: true });
  }

  const label = ci ? `poetry.lock (${[...groups].join(", ")})` : "poetry.lock";
  const fingerprint = `sha256:${createHash("sha256")
    .update(JSON.stringify({ v: "poetry-v1", ci, groups: [...groups], indexes, hashed: lines.hashed, rest }))
    .digest("hex")}`;
  const snapshot: SelectionSnapshot = { fingerprint, packages: snapshotPackages(lines.hashed, rest) };
  ctx.log.info(
    `poetry.lock (lock-version ${lock.lockVersion}) is current; ${lines.required.length} packages selected for Python ${python.version}`,
  );
  return {
    manager: "poetry",
    label,
    fingerprint,
    snapshot,
    describeChanges: (saved) => describeSelectionChanges("poetry.lock", saved, snapshot),
    localPackages,
    unprovable: lines.unpinned,
    secrets,
    reinstallLocal: (run, packages, scratch) => reinstallLockedLocal(run, scratch, { lockFile: "poetry.lock", indexLines }, packages),
    install: (run, scratch) =>
      installLockedSelection(run, scratch, {
        lockFile: "poetry.lock",
        indexLines,
        hashed: lines.hashed,
        rest,
        required: lines.required,
      }),
  };
}

/** name → "version" or the requirement line, for saying what changed. Pure. */
function snapshotPackages(hashed: string[], rest: string[]): Record<string, string> {
  const packages: Record<string, string> = {};
  for (const line of hashed) {
    const text = withoutHashes(line);
    const pin = /^([A-Za-z0-9._-]+)==(\S+)$/.exec(text);
    if (pin) packages[pin[1]!.toLowerCase()] = pin[2]!;
    else packages[text] = text;
  }
  for (const line of rest) packages[line] = line;
  return packages;
}
