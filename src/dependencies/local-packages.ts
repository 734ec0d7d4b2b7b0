import { createHash } from "node:crypto";
import path from "node:path";
import fg from "fast-glob";
import fs from "fs-extra";

/** A package installed from a directory of the app (`-e ./pkg`, `./pkg`, `-e .`). */
export interface LocalPackage {
  /** Relative to the app root, "." for the app itself. */
  path: string;
  editable: boolean;
}

/** What a fresh install doesn't read: build products, caches, VCS data, and what other buildpacks add. */
const NOT_INPUTS = [
  "**/*.egg-info/**",
  "**/__pycache__/**",
  "**/*.pyc",
  "**/build/**",
  "**/dist/**",
  "**/.git/**",
  "**/node_modules/**",
  ".heroku/**",
  ".profile.d/**",
  ".cache/**",
];

/**
 * A digest of everything a fresh install of a local package would read: every file under it
 * (names, modes and contents), minus build products. Equal digests: reinstalling changes nothing.
 */
export async function localPackageDigest(appDir: string, pkg: LocalPackage): Promise<string> {
  const root = path.join(appDir, pkg.path);
  const hash = createHash("sha256");
  hash.update(`pyslug-local-v1 ${pkg.editable ? "editable" : "copy"}\n`);
  const files = await fg("**/*", { cwd: root, dot: true, onlyFiles: true, ignore: NOT_INPUTS, followSymbolicLinks: false, stats: true });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files) {
    const full = path.join(root, file.path);
    const stat = file.stats!;
    hash.update(`${file.path}\0${stat.mode & 0o111 ? "x" : "-"}\0`);
    if (stat.isSymbolicLink()) hash.update(`link:${await fs.readlink(full)}`);
    else hash.update(await fs.readFile(full));
    hash.update("\n");
  }
  return `sha256:${hash.digest("hex")}`;
}

/** Names of `.egg-link` files in site-packages: packages installed the legacy way, whose metadata lives in the source tree. */
export async function legacyEggLinks(sitePackages: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const dir of sitePackages) {
    if (await fs.pathExists(dir)) found.push(...(await fg("*.egg-link", { cwd: dir })));
  }
  return found;
}
