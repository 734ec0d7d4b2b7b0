/**
 * Editable installs that read their code from the app: what decides whether a code change needs one reinstalled.
 *
 * A local package installed editable whose install is only a .pth naming its source directory serves whatever
 * the directory holds: a changed module, or a new one, is read from the app at the next import. What the install
 * itself baked in is the metadata (name, version, requirements, entry points), and that comes from the build
 * configuration alone when it is all static in pyproject.toml, built by a backend that runs no hooks of the
 * project's own. For such a package the digest that says "reinstall" covers that configuration, not the code:
 * a code-only deploy installs nothing. Anything else (a dynamic version read from a module, setup.py, a finder or
 * link tree instead of a .pth path, a compiled extension) keeps the digest of every file (local-packages.ts).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import fg from "fast-glob";
import fs from "fs-extra";
import { parse } from "smol-toml";
import type { LocalPackage } from "./local-packages.js";
import { tableAt, type TomlTable } from "./toml-file.js";

/** Backends whose editable install is a .pth path (or a finder we then refuse) and whose metadata is pyproject.toml's. */
const PLAIN_BACKENDS = new Set([
  "hatchling.build",
  "poetry.core.masonry.api",
  "uv_build",
  "flit_core.buildapi",
  "pdm.backend",
  "setuptools.build_meta",
]);

/** Files next to pyproject.toml that make a build run the project's own code or configuration. */
const BUILD_SCRIPTS = ["setup.py", "setup.cfg", "hatch_build.py", "pdm_build.py", "build.py"];

/** Prefix of a digest of the build configuration only. */
export const CONFIG_DIGEST = "config-sha256:";

/**
 * Why the metadata of the project whose pyproject.toml is `pyproject` may depend on more than that file (undefined:
 * it doesn't; `readme` and `license` files it names are read too). `present` says which BUILD_SCRIPTS exist. Pure.
 */
export function dynamicBuildReason(pyproject: TomlTable, present: readonly string[]): string | undefined {
  const script = BUILD_SCRIPTS.find((name) => present.includes(name));
  if (script) return `it has ${script}`;
  const backend = tableAt(pyproject["build-system"])?.["build-backend"];
  if (typeof backend !== "string") return "it names no build backend";
  if (!PLAIN_BACKENDS.has(backend)) return `its build backend is ${backend}`;
  const tool = tableAt(pyproject["tool"]) ?? {};
  const project = tableAt(pyproject["project"]);
  const poetry = tableAt(tool["poetry"]);
  if (project) {
    if (typeof project["version"] !== "string") return "its version isn't set in pyproject.toml";
    const dynamic = project["dynamic"];
    if (Array.isArray(dynamic) && dynamic.length > 0) return `its metadata is dynamic (${dynamic.join(", ")})`;
  } else if (backend === "poetry.core.masonry.api" && poetry) {
    // Poetry 1's own table holds the metadata: static, unless a plugin or build script changes it at build time.
    if (typeof poetry["version"] !== "string") return "its version isn't set in pyproject.toml";
    if (tool["poetry-dynamic-versioning"] !== undefined) return "its version comes from poetry-dynamic-versioning";
    if (typeof poetry["build"] === "string") return "it has a poetry build script";
  } else return "it has no [project] table";
  const hatchBuild = tableAt(tableAt(tool["hatch"])?.["build"]);
  const hatchHooks =
    hatchBuild?.["hooks"] !== undefined ||
    Object.values(tableAt(hatchBuild?.["targets"]) ?? {}).some((target) => tableAt(target)?.["hooks"] !== undefined) ||
    tableAt(tool["hatch"])?.["metadata"] !== undefined;
  if (hatchHooks) return "it configures hatch build or metadata hooks";
  if (tableAt(tool["setuptools"])?.["ext-modules"] !== undefined) return "it builds extension modules";
  if (tableAt(tool["pdm"])?.["build"] !== undefined) return "it configures pdm's build";
  if (tableAt(tableAt(tool["poetry"])?.["build"]) !== undefined) return "it has a poetry build script";
  return undefined;
}

/** The files named by [project] readme and license (or Poetry 1's readme), relative to the package. Pure. */
function namedFiles(pyproject: TomlTable): string[] {
  const project = tableAt(pyproject["project"]);
  const files: string[] = [];
  if (!project) {
    const readme = tableAt(tableAt(pyproject["tool"])?.["poetry"])?.["readme"];
    for (const file of Array.isArray(readme) ? readme : [readme]) if (typeof file === "string") files.push(file);
    return files;
  }
  for (const key of ["readme", "license"]) {
    const value = project[key];
    if (key === "readme" && typeof value === "string") files.push(value);
    const file = tableAt(value)?.["file"];
    if (typeof file === "string") files.push(file);
  }
  return files;
}

/**
 * The digest of an editable package's build configuration (pyproject.toml and the files it names), or undefined when
 * its metadata may depend on more (see dynamicBuildReason) or pyproject.toml can't be read.
 */
export async function configDigest(appDir: string, pkg: LocalPackage): Promise<string | undefined> {
  if (!pkg.editable) return undefined;
  const root = path.join(appDir, pkg.path);
  let text: string;
  let pyproject: TomlTable;
  try {
    text = await fs.readFile(path.join(root, "pyproject.toml"), "utf8");
    pyproject = parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
  const present: string[] = [];
  for (const name of BUILD_SCRIPTS) if (await fs.pathExists(path.join(root, name))) present.push(name);
  if (dynamicBuildReason(pyproject, present) !== undefined) return undefined;
  const hash = createHash("sha256");
  hash.update(`pyslug-local-config-v1\npyproject.toml\0${text}\n`);
  for (const file of namedFiles(pyproject).sort()) {
    const content = await fs.readFile(path.join(root, file)).catch(() => undefined);
    hash.update(`${file}\0${content === undefined ? "(missing)" : content.toString("base64")}\n`);
  }
  return `${CONFIG_DIGEST}${hash.digest("hex")}`;
}

/**
 * Whether the editable install of the package at `dir` (absolute) in these site-packages is only .pth files naming
 * source directories of the package: no finder or redirector module, no link tree of build products. Its
 * distribution is found by its direct_url.json (an editable install of `dir`).
 */
export async function readsSourceInPlace(sitePackages: string[], dir: string): Promise<boolean> {
  const url = `file://${dir}`;
  for (const site of sitePackages) {
    for (const directUrl of await fg("*.dist-info/direct_url.json", { cwd: site, absolute: true })) {
      let info: { url?: unknown; dir_info?: { editable?: unknown } };
      try {
        info = (await fs.readJson(directUrl)) as typeof info;
      } catch {
        continue;
      }
      if (info.dir_info?.editable !== true || typeof info.url !== "string" || fileUrl(info.url) !== url) continue;
      return onlySourcePaths(site, path.dirname(directUrl), dir);
    }
  }
  return false;
}

/** A file: URL as pip writes it, decoded, without a trailing slash (the URL as it is when it can't be decoded). Pure. */
function fileUrl(url: string): string {
  try {
    return decodeURI(url).replace(/\/$/, "");
  } catch {
    return url;
  }
}

/** Whether what the RECORD of `distInfo` installed, scripts aside, is .pth files naming source dirs under `dir`. */
async function onlySourcePaths(site: string, distInfo: string, dir: string): Promise<boolean> {
  const record = await fs.readFile(path.join(distInfo, "RECORD"), "utf8").catch(() => "");
  const own = `${path.basename(distInfo)}/`;
  let pths = 0;
  for (const line of record.split("\n")) {
    const file = line.split(",")[0]?.trim() ?? "";
    // Metadata, and console scripts (generated from pyproject.toml's entry points, which the digest covers).
    if (file === "" || file.startsWith(own) || file.startsWith("../")) continue;
    if (!file.endsWith(".pth") || file.includes("/")) return false;
    pths++;
    const text = await fs.readFile(path.join(site, file), "utf8").catch(() => undefined);
    if (text === undefined) return false;
    for (const raw of text.split("\n")) {
      const entry = raw.trim();
      if (entry === "" || entry.startsWith("#")) continue;
      if (/^import[\s\t]/.test(entry)) return false;
      const target = path.resolve(site, entry);
      const inside = path.relative(dir, target);
      if (inside.startsWith("..") || path.isAbsolute(inside)) return false;
      // A link tree or anything else a build made: it holds copies, not the app's files.
      if (inside.split(path.sep).some((part) => part === "build" || part === "dist" || part.endsWith(".egg-info"))) return false;
    }
  }
  return pths > 0;
}
