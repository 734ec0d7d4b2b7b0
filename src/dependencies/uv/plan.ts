/**
 * uv.lock, installed with pip as `uv sync --locked --no-default-groups` would install it (with uv's
 * default groups under bin/test-compile). uv itself is never downloaded.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../../context.js";
import { BuildError } from "../../support/errors.js";
import { readIndexCredentials, secretsOf, uvIndexVariable, withCredentials } from "../index-credentials.js";
import { installLockedSelection, reinstallLockedLocal, describeSelectionChanges, type SelectionSnapshot } from "../locked-install.js";
import { markerMatches, targetEnvironment } from "../markers.js";
import { isPinnedCommit, type DependencyPlan, type PlanTarget } from "../plan.js";
import { checkPythonConstraint } from "../python-constraint.js";
import { lineOf } from "../toml-file.js";
import { glibcOfUbuntu, wheelFits, type WheelTarget } from "../wheel-tags.js";
import { checkUvLockFresh } from "./freshness.js";
import { parseUvLock, type UvFile, type UvLock, type UvPackage } from "./lock-file.js";
import { readUvWorkspace, type UvIndex, type UvWorkspace } from "./project.js";
import { selectUvPackages } from "./select.js";

const PYPI = /^https?:\/\/pypi\.org\/simple\/?$/;
/** Hash algorithms pip's hash-checking mode accepts. */
const PIP_HASHES = /^(sha256|sha384|sha512):[0-9a-f]+$/i;

/** `[tool.uv]` settings that change how packages are built or chosen in ways a pip install can't reproduce. */
const REFUSED_SETTINGS: Record<string, string> = {
  "no-build-isolation": "pip would build every package without isolation, which needs their build dependencies installed first",
  "no-build-isolation-package": "pip can't turn off build isolation for some packages only",
  "config-settings": "pip's --config-settings apply to every package it builds, not as uv applies them",
  "config-settings-package": "pip can't pass config settings to some packages only",
  "no-binary-package": "pip's --no-binary per package isn't honoured in hash-checking mode the way uv honours it",
  "no-build-package": "pip can't refuse to build some packages only while installing others from source",
  "extra-build-dependencies": "pip can't add build dependencies to a package's own build requirements",
  "extra-build-variables": "pip can't set build variables per package",
  "build-constraint-dependencies": "pip's build constraints don't reach the isolated builds of a hash-checked install",
};

export interface UvLockLines {
  indexLines: string[];
  hashed: string[];
  rest: string[];
  required: string[];
  /** name → how it's installed, for saying what changed. */
  packages: Record<string, string>;
  /** Directories installed from the app (for the local-package digests). */
  local: { path: string; editable: boolean }[];
  secrets: string[];
  /** Config vars whose credentials were applied (names only). */
  credentials: string[];
}

function refuseSettings(workspace: UvWorkspace, pyprojectText: string): void {
  for (const key of Object.keys(workspace.root.tool)) {
    const why = REFUSED_SETTINGS[key];
    if (why) {
      throw new BuildError(
        `pyproject.toml sets [tool.uv] ${key}, which pyslug can't honour: ${why}.\n` +
          `Remove ${key} (pyslug installs uv.lock with pip), or build the app with uv itself.`,
        { file: "pyproject.toml", line: lineOf(pyprojectText, new RegExp(`^\\s*${key.replace(/-/g, "\\-")}\\s*=`)) },
      );
    }
  }
}

function lockFail(pkg: UvPackage, message: string): never {
  throw new BuildError(`uv.lock: ${pkg.name}${pkg.version ? ` ${pkg.version}` : ""} ${message}`, { file: "uv.lock" });
}

function hashOptions(pkg: UvPackage, files: UvFile[]): string {
  const hashes = files.map((f) => f.hash).filter((h): h is string => h !== undefined);
  const usable = hashes.filter((h) => PIP_HASHES.test(h));
  if (usable.length === 0) {
    lockFail(
      pkg,
      hashes.length === 0
        ? "has no hashes, and pyslug installs a lock only with its hashes checked.\nLock it from an index that publishes sha256 hashes (uv records them), then run 'uv lock'."
        : `has only ${[...new Set(hashes.map((h) => h.split(":")[0]))].join(", ")} hashes, which pip can't check (it needs sha256, sha384 or sha512).\nLock it from an index that publishes sha256 hashes, then run 'uv lock'.`,
    );
  }
  return [...new Set(usable)].map((h) => ` --hash=${h.toLowerCase()}`).join("");
}

function fileName(file: UvFile): string {
  return file.filename ?? decodeURIComponent((file.url ?? file.path ?? "").split(/[/?#]/).filter(Boolean).pop() ?? "");
}

function relativePathLine(value: string): string {
  if (path.posix.isAbsolute(value)) return value;
  const normal = path.posix.normalize(value).replace(/\/$/, "");
  return normal === "." ? "." : normal.startsWith("../") ? normal : `./${normal}`;
}

/** git source `https://host/repo?rev=main#<sha>` → a pip URL pinned to the commit. */
function gitRequirement(pkg: UvPackage): string {
  const [base = "", fragment] = pkg.source.value.split("#", 2);
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    lockFail(pkg, `has a git source that isn't a URL: ${pkg.source.value}`);
  }
  const subdirectory = url.searchParams.get("subdirectory");
  url.search = "";
  if (!isPinnedCommit(fragment)) lockFail(pkg, `has a git source without a pinned commit: ${pkg.source.value}`);
  const scheme = url.protocol.startsWith("git+") ? "" : "git+";
  return `${pkg.name} @ ${scheme}${url.toString()}@${fragment}${subdirectory ? `#subdirectory=${subdirectory}` : ""}`;
}

function sameIndex(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

/** Turns the selection into pip requirement lines. */
export function linesForSelection(
  selected: UvPackage[],
  options: {
    wheelTarget: WheelTarget;
    indexes: UvIndex[];
    pypiReplacement: string | undefined;
    credentialsFor: (index: UvIndex) => { url: string; secrets: string[]; variables: string[] } | undefined;
  },
): UvLockLines {
  const out: UvLockLines = { indexLines: [], hashed: [], rest: [], required: [], packages: {}, local: [], secrets: [], credentials: [] };
  const indexUrls: string[] = [];
  const findLinks: string[] = [];
  const useRegistry = (registry: string) => {
    const declared = options.indexes.find((i) => sameIndex(i.url, registry));
    let url = PYPI.test(registry) && options.pypiReplacement ? options.pypiReplacement : registry;
    if (declared) {
      const applied = options.credentialsFor(declared);
      if (applied) {
        url = applied.url;
        out.secrets.push(...applied.secrets);
        out.credentials.push(...applied.variables);
      }
    }
    const flat = declared?.format === "flat" || !/^[a-z][a-z0-9+.-]*:\/\//i.test(registry);
    const list = flat ? findLinks : indexUrls;
    if (!list.includes(url)) list.push(url);
  };
  for (const pkg of selected) {
    const { kind, value } = pkg.source;
    if (kind === "virtual") continue;
    out.required.push(pkg.name);
    const files = [...pkg.wheels, ...(pkg.sdist ? [pkg.sdist] : [])];
    switch (kind) {
      case "registry": {
        if (!pkg.version) lockFail(pkg, "has no version");
        const fits = pkg.wheels.some((w) => wheelFits(fileName(w), options.wheelTarget));
        if (!fits && !pkg.sdist) {
          lockFail(
            pkg,
            `has no wheel for Python ${options.wheelTarget.minor} on Linux ${options.wheelTarget.machine}${options.wheelTarget.glibc ? ` (glibc ${options.wheelTarget.glibc.join(".")})` : ""} and no source distribution.\n` +
              `Its wheels: ${pkg.wheels.map(fileName).join(", ") || "none"}.\n` +
              "Choose a Python version it has wheels for, or a version of the package that supports this one, then run 'uv lock'.",
          );
        }
        useRegistry(value);
        const line = `${pkg.name}==${pkg.version}`;
        out.hashed.push(`${line}${hashOptions(pkg, files)}`);
        out.packages[pkg.name] = line;
        break;
      }
      case "url": {
        const target = `${value}${pkg.source.subdirectory ? `#subdirectory=${pkg.source.subdirectory}` : ""}`;
        out.hashed.push(`${pkg.name} @ ${target}${hashOptions(pkg, files)}`);
        out.packages[pkg.name] = `${pkg.name} @ ${target}`;
        break;
      }
      case "path": {
        const line = relativePathLine(value);
        out.hashed.push(`${line}${hashOptions(pkg, files)}`);
        out.packages[pkg.name] = `${pkg.name} @ ${line} ${files.map((f) => f.hash).join(",")}`;
        break;
      }
      case "directory":
      case "editable": {
        const dir = relativePathLine(value);
        const line = kind === "editable" ? `-e ${dir}` : dir;
        out.rest.push(line);
        out.local.push({ path: path.posix.normalize(value).replace(/\/$/, "") || ".", editable: kind === "editable" });
        out.packages[pkg.name] = line;
        break;
      }
      case "git": {
        const line = gitRequirement(pkg);
        out.rest.push(line);
        out.packages[pkg.name] = line;
        break;
      }
    }
  }
  out.indexLines = [
    ...indexUrls.map((u, i) => `${i === 0 ? "--index-url" : "--extra-index-url"} ${u}`),
    ...findLinks.map((u) => `--find-links ${u}`),
  ];
  out.secrets = [...new Set(out.secrets)].sort((a, b) => b.length - a.length);
  out.credentials = [...new Set(out.credentials)];
  return out;
}

/** Refuses the build when uv.lock's supported environments exclude the target. */
function checkSupported(lock: UvLock, env: ReturnType<typeof targetEnvironment>): void {
  if (lock.supportedMarkers.length === 0) return;
  if (lock.supportedMarkers.some((m) => markerMatches(m, env))) return;
  throw new BuildError(
    `uv.lock supports only these environments ([tool.uv] environments): ${lock.supportedMarkers.join("; ")}.\n` +
      `This build is Python ${env.python_full_version} on Linux ${env.platform_machine}. Add it to environments in pyproject.toml, then run 'uv lock'.`,
    { file: "uv.lock" },
  );
}

async function checkMembersExist(ctx: BuildContext, lock: UvLock): Promise<void> {
  for (const pkg of lock.packages) {
    if (!["editable", "virtual", "directory"].includes(pkg.source.kind)) continue;
    if (path.posix.isAbsolute(pkg.source.value)) continue;
    const dir = path.join(ctx.buildDir, pkg.source.value);
    if (!(await fs.pathExists(path.join(dir, "pyproject.toml"))) && !(await fs.pathExists(path.join(dir, "setup.py")))) {
      const member = lock.members.includes(pkg.name) ? "workspace member" : "local package";
      throw new BuildError(
        `uv.lock installs the ${member} ${pkg.name} from ${pkg.source.value}, and the app has no project there (no pyproject.toml or setup.py).\n` +
          `Commit ${path.posix.join(pkg.source.value, "pyproject.toml")}, or remove ${pkg.name} from the workspace and run 'uv lock'.`,
        { file: "uv.lock" },
      );
    }
  }
}

/** uv.lock, checked like `uv sync --locked` and installed with pip. */
export async function uvPlan(ctx: BuildContext, target: PlanTarget): Promise<DependencyPlan> {
  const [pyprojectText, lockText] = await Promise.all([
    fs.readFile(path.join(ctx.buildDir, "pyproject.toml"), "utf8"),
    fs.readFile(path.join(ctx.buildDir, "uv.lock"), "utf8"),
  ]);
  const workspace = await readUvWorkspace(ctx.buildDir);
  refuseSettings(workspace, pyprojectText);
  const lock = parseUvLock(lockText);
  const { python, platform } = target;
  const env = targetEnvironment(python.version, platform.arch);

  const requiresPython = workspace.root.project?.["requires-python"];
  const constraint = typeof requiresPython === "string" ? requiresPython : lock.requiresPython;
  if (constraint !== undefined) {
    checkPythonConstraint(
      { version: python.version, origin: python.request.file ?? python.request.origin },
      constraint,
      {
        key: "requires-python",
        file: typeof requiresPython === "string" ? "pyproject.toml" : "uv.lock",
        line: typeof requiresPython === "string" ? lineOf(pyprojectText, /^\s*requires-python\s*=/) : undefined,
        syntax: "pep440",
        pinCommand: (minor) => `uv python pin ${minor}`,
      },
      target.supported,
    );
  }
  checkSupported(lock, env);
  await checkMembersExist(ctx, lock);

  const freshness = checkUvLockFresh(workspace, lock);
  if (freshness.stale.length > 0) {
    throw new BuildError(
      `uv.lock is out of date with pyproject.toml (uv sync --locked would refuse it too):\n${freshness.stale.map((s) => `  ${s}`).join("\n")}\n` +
        "Run 'uv lock' and commit uv.lock.",
      { file: "uv.lock" },
    );
  }
  if (freshness.undecided.length > 0) {
    ctx.log.info(`pyslug can't tell whether uv.lock is current (${freshness.undecided.join("; ")}); installing uv.lock as written`);
  }

  const ci = ctx.env["INSTALL_TEST"] === "1";
  const roots = workspace.root.name ? [workspace.root.name] : lock.members;
  const groups = new Set<string>();
  if (ci) {
    for (const root of roots) {
      const pkg = lock.packages.find((p) => p.name === root);
      for (const group of pkg?.groups.keys() ?? [])
        if (workspace.defaultGroups === "all" || workspace.defaultGroups.includes(group)) groups.add(group);
    }
  }
  const selected = selectUvPackages(lock, { roots, groups, env });
  const lines = linesForSelection(selected, {
    wheelTarget: { minor: python.minor, machine: env.platform_machine, glibc: glibcOfUbuntu(platform.ubuntu) },
    indexes: workspace.indexes,
    pypiReplacement: ctx.config.setting("PIP_INDEX_URL"),
    credentialsFor: (index) => {
      if (!index.name) return undefined;
      const credentials = readIndexCredentials(ctx.config, "UV_INDEX_", uvIndexVariable(index.name));
      if (!credentials) return undefined;
      return { url: withCredentials(index.url, credentials), secrets: secretsOf(credentials, index.url), variables: credentials.variables };
    },
  });
  if (lines.credentials.length > 0) ctx.log.info(`Using index credentials from ${lines.credentials.join(", ")}`);

  const label = ci ? `uv.lock (with ${groups.size ? `groups ${[...groups].sort().join(", ")}` : "no groups"})` : "uv.lock";
  // The fingerprint is the selected set: editing a group that this build doesn't install changes nothing.
  const spec = [
    ...lines.indexLines.map((l) => l.replace(/\/\/[^/@\s]*@/, "//")),
    ...lines.hashed,
    ...lines.rest,
    ...(ci ? ["# ci"] : []),
  ].join("\n");
  const snapshot: SelectionSnapshot = {
    fingerprint: `sha256:${createHash("sha256").update(`uv-v1\n${spec}`).digest("hex")}`,
    packages: lines.packages,
  };
  return {
    manager: "uv",
    label,
    fingerprint: snapshot.fingerprint,
    snapshot,
    describeChanges: (saved) => describeSelectionChanges("uv.lock", saved, snapshot),
    localPackages: lines.local,
    unprovable: [],
    secrets: lines.secrets,
    reinstallLocal: (run, packages, scratch) =>
      reinstallLockedLocal(run, scratch, { lockFile: "uv.lock", indexLines: lines.indexLines }, packages),
    install: (run, scratch) =>
      installLockedSelection(run, scratch, {
        lockFile: "uv.lock",
        indexLines: lines.indexLines,
        hashed: lines.hashed,
        rest: lines.rest,
        required: lines.required,
      }),
  };
}
