import path from "node:path";
import fg from "fast-glob";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { BOOT_SCRIPT_PATH, bootScript } from "../relocation/boot-script.js";
import { writeManifest } from "../relocation/manifest.js";
import { scanTree } from "../relocation/scan.js";
import { relativiseSymlinks } from "../relocation/symlinks.js";

/** Where build paths are recorded: the Python tree (site-packages, scripts, VCS checkouts) and metadata left in the app's source. */
async function scanRoots(buildDir: string): Promise<string[]> {
  const inSource = await fg(["**/*.egg-info", "**/*.dist-info", "**/pyvenv.cfg"], {
    cwd: buildDir,
    onlyFiles: false,
    dot: false,
    ignore: [".heroku/**", "node_modules/**", "**/.git/**"],
    deep: 6,
  });
  return [".heroku/python", ...inSource];
}

/**
 * The end of compile: records exactly which files hold this build dir, in a manifest in the slug,
 * and writes the .profile.d script that rewrites those files (and nothing else) at dyno start.
 * Returns the files, which the cache keeps to relocate them into the next build dir (see cache/python-tree.ts).
 */
export async function recordBuildPaths(ctx: BuildContext): Promise<string[]> {
  const { buildDir, log } = ctx;
  const links = await relativiseSymlinks(buildDir);
  if (links.length > 0) log.info(`Made ${links.length} symlinks into the build dir relative (e.g. ${links[0]})`);
  const result = await scanTree(await scanRoots(buildDir), buildDir, { baseDir: buildDir });
  const { rejected } = await writeManifest(buildDir, { buildDir, files: result.text });
  const script = path.join(buildDir, BOOT_SCRIPT_PATH);
  await fs.ensureDir(path.dirname(script));
  await fs.writeFile(script, bootScript(buildDir));
  log.info(`${result.text.length} of ${result.filesRead} files hold the build path; ${BOOT_SCRIPT_PATH} relocates them at dyno start`);
  for (const file of rejected) log.warn(`${file} holds the build path but can't be listed for relocation (odd file name).`);
  for (const file of result.binary)
    log.warn(
      `${file} is a binary file holding the build path; it can't be relocated and will point at a directory that doesn't exist at runtime.`,
    );
  return result.text;
}
