import path from "node:path";
import fs from "node:fs/promises";
import { writeFileAtomic } from "../support/atomic-write.js";
import { normaliseDir } from "./boundary.js";

/**
 * The relocation manifest, kept in the slug: which files record the build dir, and which build
 * dir that was. Plain text so the boot script reads it with `mapfile`:
 *
 *     # pyslug relocation manifest v1
 *     build_dir=/tmp/build_abc
 *     .heroku/python/lib/python3.13/site-packages/__editable__.demo-0.1.pth
 *     ...
 *
 * One path per line, relative to the app root, written as is (spaces and `#` need no escaping:
 * only the first two lines are a header). A path with a newline can't be written, so it is
 * rejected (returned to the caller to warn about) rather than escaped: nobody names files so,
 * and an escaping would cost the boot script a decoding step for every line.
 */

export const MANIFEST_PATH = ".heroku/pyslug/relocation-manifest";
export const MANIFEST_HEADER = "# pyslug relocation manifest v1";

export interface RelocationManifest {
  /** The absolute build dir the files were written in. */
  buildDir: string;
  /** Relative to the app root. */
  files: string[];
}

/** Why `file` can't be a manifest entry, or undefined when it can. Pure. */
export function entryProblem(file: string): string | undefined {
  if (file === "") return "it is empty";
  if (file.includes("\n") || file.includes("\0")) return "it contains a newline";
  if (file.startsWith("/")) return "it is absolute";
  if (file.split("/").includes("..")) return "it leaves the app dir";
  return undefined;
}

/** The manifest's text, and the files that can't be listed in it. Sorted, without duplicates. Pure. */
export function formatManifest(manifest: RelocationManifest): { text: string; rejected: string[] } {
  const buildDir = normaliseDir(manifest.buildDir);
  const rejected: string[] = [];
  const files = [...new Set(manifest.files)].sort().filter((f) => {
    if (entryProblem(f) === undefined) return true;
    rejected.push(f);
    return false;
  });
  const text = [MANIFEST_HEADER, `build_dir=${buildDir}`, ...files].map((line) => `${line}\n`).join("");
  return { text, rejected };
}

/** Reads a manifest's text; throws on another format (the caller then relocates nothing). Pure. */
export function parseManifest(text: string): RelocationManifest {
  const lines = text.split("\n");
  if (lines[0] !== MANIFEST_HEADER) throw new Error(`Not a pyslug relocation manifest (first line ${JSON.stringify(lines[0] ?? "")})`);
  const dirLine = lines[1] ?? "";
  if (!dirLine.startsWith("build_dir=")) throw new Error("The relocation manifest has no build_dir line");
  const buildDir = normaliseDir(dirLine.slice("build_dir=".length));
  const files = lines.slice(2).filter((line) => line !== "");
  const bad = files.find((f) => entryProblem(f) !== undefined);
  if (bad !== undefined) throw new Error(`Bad relocation manifest entry ${JSON.stringify(bad)}: ${entryProblem(bad)}`);
  return { buildDir, files };
}

/** Writes the manifest into `appDir` (temp file + rename); returns the files it could not list. */
export async function writeManifest(appDir: string, manifest: RelocationManifest): Promise<{ rejected: string[] }> {
  const { text, rejected } = formatManifest(manifest);
  const file = path.join(appDir, MANIFEST_PATH);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
  return { rejected };
}

/** The manifest in `appDir`, or undefined when there is none. Throws when it is malformed. */
export async function readManifest(appDir: string): Promise<RelocationManifest | undefined> {
  let text;
  try {
    text = await fs.readFile(path.join(appDir, MANIFEST_PATH), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return parseManifest(text);
}
