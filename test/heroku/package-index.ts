// A PEP 503 "simple" index over the wheels/sdists in .cache/wheels/ plus test-provided files,
// and a cached `pip download` that fills .cache/wheels/ from the host's configured index.
import fs from "node:fs/promises";
import path from "node:path";
import { exists, sha256File, sha256Text, withLock } from "./fs-util.js";
import { cacheRoot } from "./paths.js";
import { pyenvPrefix, resolveLocalPython } from "./python-archive.js";
import { run } from "./shell.js";

export const wheelsDir: string = path.join(cacheRoot, "wheels");

/** PEP 503 name normalisation. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}

/** The project name of a distribution file (wheel or sdist), or undefined if not one. */
export function projectOfFile(fileName: string): string | undefined {
  if (fileName.endsWith(".whl")) return fileName.split("-")[0];
  const stem = /^(.+)\.(tar\.gz|tar\.bz2|zip|tgz)$/.exec(fileName)?.[1];
  if (!stem) return undefined;
  return /^(.+?)-(\d[^-]*)$/.exec(stem)?.[1];
}

interface IndexedFile {
  path: string;
  name: string;
  sha256: string;
}

/** Serves the files of .cache/wheels/ and of added paths as a PEP 503 index. */
export class PackageIndex {
  private readonly extra = new Set<string>();
  private readonly hashes = new Map<string, string>();

  /** Adds package files (wheels/sdists) that only this index serves. */
  addPackages(paths: readonly string[]): void {
    for (const p of paths) this.extra.add(path.resolve(p));
  }

  /** All distribution files, grouped by normalised project name. */
  async projects(): Promise<Map<string, IndexedFile[]>> {
    const files: string[] = [...this.extra];
    for (const name of await fs.readdir(wheelsDir).catch(() => [] as string[])) files.push(path.join(wheelsDir, name));
    const byProject = new Map<string, IndexedFile[]>();
    for (const file of files) {
      const name = path.basename(file);
      const project = projectOfFile(name);
      if (!project) continue;
      const st = await fs.stat(file).catch(() => undefined);
      if (!st?.isFile()) continue;
      const cacheKey = `${file}:${st.size}:${st.mtimeMs}`;
      let sha = this.hashes.get(cacheKey);
      if (!sha) {
        sha = await sha256File(file);
        this.hashes.set(cacheKey, sha);
      }
      const key = normalizeName(project);
      const list = byProject.get(key) ?? [];
      if (!list.some((f) => f.name === name)) list.push({ path: file, name, sha256: sha });
      byProject.set(key, list);
    }
    return byProject;
  }

  /** HTML of /simple/. */
  async rootPage(): Promise<string> {
    const names = [...(await this.projects()).keys()].sort();
    const links = names.map((n) => `    <a href="${n}/">${n}</a><br/>`).join("\n");
    return `<!DOCTYPE html>\n<html>\n  <head><meta name="pypi:repository-version" content="1.0"><title>Simple index</title></head>\n  <body>\n${links}\n  </body>\n</html>\n`;
  }

  /** HTML of /simple/<project>/, or undefined for an unknown project. */
  async projectPage(project: string, filesBase: string): Promise<string | undefined> {
    const files = (await this.projects()).get(normalizeName(project));
    if (!files) return undefined;
    const links = files
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((f) => `    <a href="${filesBase}/${encodeURIComponent(f.name)}#sha256=${f.sha256}">${f.name}</a><br/>`)
      .join("\n");
    return `<!DOCTYPE html>\n<html>\n  <head><meta name="pypi:repository-version" content="1.0"><title>Links for ${normalizeName(project)}</title></head>\n  <body>\n    <h1>Links for ${normalizeName(project)}</h1>\n${links}\n  </body>\n</html>\n`;
  }

  /** Absolute path of a served distribution file, by file name. */
  async fileByName(fileName: string): Promise<string | undefined> {
    for (const files of (await this.projects()).values()) {
      const hit = files.find((f) => f.name === fileName);
      if (hit) return hit.path;
    }
    return undefined;
  }
}

/**
 * Downloads requirements (and their dependencies) for a Python version into .cache/wheels/
 * with that pyenv Python's pip and the host's pip configuration. Wheels only, falling back
 * to sdists. Runs once per (requirements, version); later calls are no-ops.
 */
export async function ensureDownloaded(requirements: readonly string[], pythonVersion: string): Promise<void> {
  const local = await resolveLocalPython(pythonVersion);
  if (!local) throw new Error(`no local CPython for ${pythonVersion}`);
  const marker = path.join(wheelsDir, ".downloaded", sha256Text(JSON.stringify([[...requirements].sort(), local])).slice(0, 24));
  if (await exists(marker)) return;
  await withLock(path.join(cacheRoot, "wheels.lock"), async () => {
    if (await exists(marker)) return;
    await fs.mkdir(path.dirname(marker), { recursive: true });
    const python = path.join(pyenvPrefix(local), "bin", "python3");
    const base = ["-m", "pip", "download", "--disable-pip-version-check", "--retries", "1", "--dest", wheelsDir];
    let res = await run(python, [...base, "--only-binary=:all:", ...requirements]);
    if (res.exitCode !== 0) res = await run(python, [...base, ...requirements]);
    if (res.exitCode !== 0) throw new Error(`pip download ${requirements.join(" ")} failed:\n${res.output}`);
    await fs.writeFile(marker, `${JSON.stringify({ requirements, python: local })}\n`);
  });
}
