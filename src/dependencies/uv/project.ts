/** What uv reads from an app's pyproject.toml files: the project, its workspace, its uv settings. */
import path from "node:path";
import fg from "fast-glob";
import fs from "fs-extra";
import { BuildError } from "../../support/errors.js";
import { canonicalName } from "../pip/pep508.js";
import { readTomlFile, tableAt, type TomlTable } from "../toml-file.js";

export interface UvIndex {
  name: string | undefined;
  url: string;
  /** "flat" for a find-links style index. */
  format: string | undefined;
}

export interface UvProjectFile {
  /** Relative to the app root, "." for the root. */
  dir: string;
  /** The pyproject.toml, relative to the app root. */
  file: string;
  /** Canonical `[project] name`, when there is a `[project]` table. */
  name: string | undefined;
  project: TomlTable | undefined;
  tool: TomlTable;
  /** The PEP 735 `[dependency-groups]` table. */
  dependencyGroups: TomlTable | undefined;
  /** `tool.uv.package`, else whether it has a `[build-system]`. */
  isPackage: boolean;
}

export interface UvWorkspace {
  root: UvProjectFile;
  /** Every member found by `[tool.uv.workspace] members` (minus `exclude`), the root included when it is a project. */
  members: UvProjectFile[];
  indexes: UvIndex[];
  /** `tool.uv.default-groups`: group names, or "all". */
  defaultGroups: string[] | "all";
}

const FIX = "Fix the TOML, then run 'uv lock' and commit pyproject.toml and uv.lock.";

async function readProjectFile(appDir: string, dir: string): Promise<UvProjectFile> {
  const file = dir === "." ? "pyproject.toml" : path.posix.join(dir, "pyproject.toml");
  const doc = await readTomlFile(appDir, file, FIX);
  const project = tableAt(doc["project"]);
  const uv = tableAt(tableAt(doc["tool"])?.["uv"]) ?? {};
  const name = typeof project?.["name"] === "string" ? canonicalName(project["name"]) : undefined;
  const isPackage = typeof uv["package"] === "boolean" ? uv["package"] : tableAt(doc["build-system"]) !== undefined;
  return { dir, file, name, project, tool: uv, dependencyGroups: tableAt(doc["dependency-groups"]), isPackage };
}

/** Reads the root pyproject.toml and the workspace members it declares. */
export async function readUvWorkspace(appDir: string): Promise<UvWorkspace> {
  const root = await readProjectFile(appDir, ".");
  const workspace = tableAt(root.tool["workspace"]);
  const members: UvProjectFile[] = root.project ? [root] : [];
  if (workspace) {
    const patterns = Array.isArray(workspace["members"]) ? workspace["members"].filter((m): m is string => typeof m === "string") : [];
    const exclude = Array.isArray(workspace["exclude"]) ? workspace["exclude"].filter((m): m is string => typeof m === "string") : [];
    const dirs = await fg(patterns, { cwd: appDir, onlyDirectories: true, ignore: exclude, dot: false, followSymbolicLinks: false });
    for (const dir of dirs.map((d) => path.posix.normalize(d).replace(/\/$/, "")).sort()) {
      if (dir === "." || !(await fs.pathExists(path.join(appDir, dir, "pyproject.toml")))) continue;
      const member = await readProjectFile(appDir, dir);
      if (!member.name) {
        throw new BuildError(
          `${member.file} is a uv workspace member without a [project] name.\nGive it a [project] table, or exclude it from the workspace.`,
          {
            file: member.file,
          },
        );
      }
      members.push(member);
    }
  }
  const indexes: UvIndex[] = (Array.isArray(root.tool["index"]) ? root.tool["index"] : []).flatMap((entry) => {
    const t = tableAt(entry);
    const url = t && typeof t["url"] === "string" ? t["url"] : undefined;
    if (!t || !url) return [];
    return [
      {
        name: typeof t["name"] === "string" ? t["name"] : undefined,
        url,
        format: typeof t["format"] === "string" ? t["format"] : undefined,
      },
    ];
  });
  const groups = root.tool["default-groups"];
  const defaultGroups =
    groups === "all"
      ? "all"
      : Array.isArray(groups)
        ? groups.filter((g): g is string => typeof g === "string").map(canonicalName)
        : ["dev"];
  return { root, members, indexes, defaultGroups };
}
