/**
 * Selected poetry.lock packages as pip requirement lines, in the shape every lock plan installs
 * (hashed pins, then the rest). Poetry's lock names files and their hashes but no URLs: files
 * come from the package's source, `[[tool.poetry.source]]` by name, or PyPI (the app's
 * PIP_INDEX_URL) for packages without one. Pure.
 */
import path from "node:path";
import { wheelFits, type WheelTarget } from "../wheel-tags.js";
import type { LockedPackage } from "./lock-file.js";

/** The only hash algorithms pip checks in --require-hashes mode. */
const STRONG = /^(sha256|sha384|sha512):[0-9a-f]+$/i;

export interface PoetryInstallLines {
  /** Names (reference) of the `[[tool.poetry.source]]` indexes the hashed pins come from, in use order. */
  sources: string[];
  /** True when some pin comes from PyPI / the app's PIP_INDEX_URL. */
  usesDefaultIndex: boolean;
  hashed: string[];
  rest: string[];
  /** PEP 508 requirement per package, for keeping what's needed afterwards. */
  required: string[];
  /** App directories installed from (relative, "." excluded: the root is added by the plan). */
  local: { path: string; editable: boolean }[];
  /** Git requirements not pinned to a full commit. */
  unpinned: string[];
}

/** Why a locked package can't be installed with pip. */
export class InstallLineError extends Error {
  constructor(
    message: string,
    readonly packageName: string,
  ) {
    super(message);
  }
}

/** Fails when the lock lists only wheels for a package and none runs on the target. */
function checkInstallable(pkg: LockedPackage, target: WheelTarget): void {
  const names = pkg.files.map((f) => f.file);
  if (names.length === 0 || names.some((n) => !n.endsWith(".whl")) || names.some((n) => wheelFits(n, target))) return;
  throw new InstallLineError(
    `poetry.lock has no wheel of ${pkg.displayName} ${pkg.version} for Python ${target.minor} on Linux ${target.machine}` +
      `${target.glibc ? ` (glibc ${target.glibc.join(".")})` : ""} and no source distribution (it has ${names.join(", ")})`,
    pkg.name,
  );
}

function hashOptions(pkg: LockedPackage): string {
  const hashes = pkg.files.map((f) => f.hash).filter((h) => STRONG.test(h));
  if (hashes.length === 0) {
    const weak = pkg.files.map((f) => f.hash.split(":")[0]).filter(Boolean);
    throw new InstallLineError(
      weak.length > 0
        ? `poetry.lock has only ${[...new Set(weak)].join("/")} hashes for ${pkg.displayName} ${pkg.version}; pip checks sha256, sha384 or sha512`
        : `poetry.lock has no files (and so no hashes) for ${pkg.displayName} ${pkg.version}`,
      pkg.name,
    );
  }
  return [...new Set(hashes)].map((h) => `--hash=${h}`).join(" ");
}

/** A path from the lock (relative to the project) as pip reads it from the app root. */
function localPath(url: string): string {
  const normal = path.posix.normalize(url.replace(/\\/g, "/")).replace(/\/$/, "");
  if (normal === "." || normal === "") return ".";
  return normal.startsWith("/") || normal.startsWith("../") ? normal : `./${normal}`;
}

function gitUrl(url: string): string {
  const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.*)$/.exec(url);
  const full = scp ? `ssh://${scp[1]}/${scp[2]}` : url;
  return full.startsWith("git+") ? full : `git+${full}`;
}

/** pip lines for the selected packages. Throws InstallLineError. */
export function installLines(packages: readonly LockedPackage[], target: WheelTarget): PoetryInstallLines {
  const out: PoetryInstallLines = { sources: [], usesDefaultIndex: false, hashed: [], rest: [], required: [], local: [], unpinned: [] };
  for (const pkg of packages) {
    const source = pkg.source;
    const type = source?.type ?? "";
    out.required.push(pkg.name);
    if (!source || type === "" || type === "legacy" || type === "pypi") {
      const reference = type === "legacy" ? source?.reference : undefined;
      if (reference !== undefined && reference.toLowerCase() !== "pypi") {
        if (!out.sources.includes(reference)) out.sources.push(reference);
      } else out.usesDefaultIndex = true;
      checkInstallable(pkg, target);
      out.hashed.push(`${pkg.displayName}==${pkg.version} ${hashOptions(pkg)}`);
    } else if (type === "directory") {
      const dir = localPath(source.url ?? ".");
      out.local.push({ path: dir.replace(/^\.\//, ""), editable: pkg.develop });
      out.rest.push(pkg.develop ? `-e ${dir}` : dir);
    } else if (type === "file") {
      out.hashed.push(`${localPath(source.url ?? "")} ${hashOptions(pkg)}`);
    } else if (type === "url") {
      out.hashed.push(`${pkg.displayName} @ ${source.url} ${hashOptions(pkg)}`);
    } else if (type === "git") {
      const commit = source.resolvedReference ?? source.reference;
      const sub = source.subdirectory ? `subdirectory=${source.subdirectory}` : "";
      const base = `${gitUrl(source.url ?? "")}${commit ? `@${commit}` : ""}`;
      if (!commit || !/^[0-9a-f]{40}$/i.test(commit)) out.unpinned.push(`${pkg.displayName} (${source.url}${commit ? ` ${commit}` : ""})`);
      out.rest.push(
        pkg.develop ? `-e ${base}#egg=${pkg.displayName}${sub ? `&${sub}` : ""}` : `${pkg.displayName} @ ${base}${sub ? `#${sub}` : ""}`,
      );
    } else {
      throw new InstallLineError(`poetry.lock installs ${pkg.displayName} from a '${type}' source, which pyslug doesn't know`, pkg.name);
    }
  }
  return out;
}
