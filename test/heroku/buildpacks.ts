// Buildpack sources and how the platform "fetches" them: a fresh copy per build, like Heroku
// downloading each buildpack, so the build user can read it and write its `export` file.
import fs from "node:fs/promises";
import path from "node:path";
import { exists } from "./fs-util.js";
import { repoRoot } from "./paths.js";

export type BuildpackSpec =
  /** The pyslug repo (defaults to this repository). */
  | { kind: "pyslug"; root?: string }
  /** A generated buildpack that runs the app's own `bin/inline-compile` (e.g. a postbuild step). */
  | { kind: "inline" }
  /** Any buildpack directory (e.g. a fake one a test generates). */
  | { kind: "dir"; path: string; name?: string };

/** What a published pyslug buildpack contains (never node_modules, .cache, src or tests). */
const PYSLUG_FILES = ["bin", "dist", "inventory", "lib", "buildpack.toml", "LICENSE", "README.md"];

/** Entries never copied from a `dir` buildpack. */
const NEVER_COPY = new Set([".git", "node_modules", ".cache"]);

export function buildpackName(spec: BuildpackSpec): string {
  switch (spec.kind) {
    case "pyslug":
      return "pyslug";
    case "inline":
      return "inline";
    case "dir":
      return spec.name ?? path.basename(spec.path);
  }
}

/** Parses `pyslug,inline` (CLI syntax) into specs. */
export function parseBuildpackList(list: string): BuildpackSpec[] {
  return list.split(",").map((name): BuildpackSpec => {
    const n = name.trim();
    if (n === "pyslug") return { kind: "pyslug" };
    if (n === "inline") return { kind: "inline" };
    return { kind: "dir", path: path.resolve(n) };
  });
}

const INLINE_DETECT = `#!/usr/bin/env bash
# Inline buildpack: always applies.
echo "Inline"
`;

const INLINE_COMPILE = `#!/usr/bin/env bash
# Inline buildpack: runs the app's own build step, e.g. a postbuild that uses Python tools.
cd "$1" && exec bash bin/inline-compile "$@"
`;

/** Writes a fresh copy of the buildpack into dest (which must not exist). */
export async function materializeBuildpack(spec: BuildpackSpec, dest: string): Promise<void> {
  await fs.mkdir(dest, { recursive: true });
  switch (spec.kind) {
    case "pyslug": {
      const root = spec.root ?? repoRoot;
      for (const entry of PYSLUG_FILES) {
        const src = path.join(root, entry);
        if (await exists(src)) await fs.cp(src, path.join(dest, entry), { recursive: true, verbatimSymlinks: true });
      }
      break;
    }
    case "inline": {
      await fs.mkdir(path.join(dest, "bin"));
      await fs.writeFile(path.join(dest, "bin", "detect"), INLINE_DETECT, { mode: 0o755 });
      await fs.writeFile(path.join(dest, "bin", "compile"), INLINE_COMPILE, { mode: 0o755 });
      break;
    }
    case "dir": {
      for (const entry of await fs.readdir(spec.path)) {
        if (NEVER_COPY.has(entry)) continue;
        await fs.cp(path.join(spec.path, entry), path.join(dest, entry), { recursive: true, verbatimSymlinks: true });
      }
      break;
    }
  }
}
