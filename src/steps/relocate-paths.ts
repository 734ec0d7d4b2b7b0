import { readlinkSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import fs from "fs-extra";
import { PYTHON_HOME, type BuildContext } from "../context.js";
import { BOOT_SCRIPT_PATH, bootScript } from "../relocation/boot-script.js";
import { writeManifest } from "../relocation/manifest.js";
import { entriesChangedSince } from "../relocation/changed-files.js";
import { scanTree, type ScanResult } from "../relocation/scan.js";
import { relativiseSymlinks } from "../relocation/symlinks.js";
import { walkTree } from "../support/walk-tree.js";

/** Where build paths are recorded: the Python tree (site-packages, scripts, VCS checkouts) and metadata left in the app's source. */
async function scanRoots(buildDir: string): Promise<string[]> {
  const inSource = await fg(["**/*.egg-info", "**/*.dist-info", "**/pyvenv.cfg"], {
    cwd: buildDir,
    onlyFiles: false,
    dot: false,
    ignore: [".heroku/**", "node_modules/**", "**/.git/**"],
    deep: 6,
  });
  return [PYTHON_HOME, ...inSource];
}

/** What the previous build recorded of the tree this build restored. */
export interface PreviousBuildPaths {
  /** The build dir the tree was made in. */
  buildDir: string;
  /** Its files that held that build dir (relocated to this one on restore). */
  files: string[];
  /**
   * When the tree and the cache's copy of it were last the same entries (see TreeSnapshot: the copy's end, whichever
   * way it was made), which changed the inode times of all its files: everything written into the tree after that
   * has a later inode change time than this.
   */
  writesAfter?: number;
}

/**
 * The files holding the build dir. A tree restored from the cache is not read again: the files
 * that held the previous build dir (rewritten to this one on restore) and the files whose inode
 * changed since this build started (pip, hooks, anything) are the only ones that can hold it, so
 * only they are read. Everything else is read once, when it was written. A tree made in the same
 * build dir (Dokku's fixed /tmp/build) is read whole: there, an unchanged binary file may hold it.
 */
async function findBuildPaths(
  ctx: BuildContext,
  previous: PreviousBuildPaths | undefined,
): Promise<{ found: ScanResult; roots: string[]; links: string[]; fullScan: boolean; treeDirs?: string[] }> {
  const { buildDir } = ctx;
  if (!previous || previous.buildDir === buildDir || ctx.startedAt === undefined) {
    const links = relativiseSymlinks(buildDir);
    const roots = await scanRoots(buildDir);
    return { found: await scanTree(roots, buildDir, { baseDir: buildDir }), roots, links, fullScan: true };
  }
  // The restored tree is walked by find alone (inode times, no content), for what this build wrote in it; the app's
  // source is globbed for metadata meanwhile.
  const [changed, roots] = await Promise.all([
    previous.writesAfter === undefined
      ? entriesChangedSince(PYTHON_HOME, ctx.startedAt, buildDir)
      : entriesChangedSince(PYTHON_HOME, previous.writesAfter, buildDir, 0),
    scanRoots(buildDir),
  ]);
  const links = relativiseSymlinks(buildDir, { except: PYTHON_HOME, links: changed.symlinks });
  const kept = previous.files.filter((f) => f.startsWith(`${PYTHON_HOME}/`));
  const found = await scanTree([...roots.filter((r) => r !== PYTHON_HOME), ...new Set([...kept, ...changed.files])], buildDir, {
    baseDir: buildDir,
  });
  if (previous.writesAfter === undefined) return { found, roots, links, fullScan: false };
  // The directories of the tree written in since its copy for the cache: those the walk found, and those of the links just made relative.
  const inTree = (rel: string) => (rel === PYTHON_HOME || rel.startsWith(`${PYTHON_HOME}/`) ? path.relative(PYTHON_HOME, rel) : undefined);
  const treeDirs = [...changed.dirs, ...links.map((link) => path.dirname(link))].map(inTree).filter((d) => d !== undefined);
  return { found, roots, links, fullScan: false, treeDirs: [...new Set(treeDirs)].sort() };
}

/**
 * With PYSLUG_VERIFY_MANIFEST=1 (the test platform sets it): the files found from the previous build's list and this
 * build's writes must be exactly those a full scan finds, and no symlink of the tree may be left pointing into the
 * build dir. (A build that scanned in full has nothing to compare.)
 */
async function verifyAgainstFullScan(ctx: BuildContext, roots: string[], found: ScanResult): Promise<void> {
  if (ctx.env["PYSLUG_VERIFY_MANIFEST"] !== "1") return;
  const absolute: string[] = [];
  walkTree(path.join(ctx.buildDir, PYTHON_HOME), ({ rel, full, dirent }) => {
    if (dirent.isSymbolicLink() && readlinkSync(full).startsWith(`${ctx.buildDir}/`)) absolute.push(rel);
  });
  if (absolute.length) throw new Error(`symlinks into the build dir were left absolute: ${JSON.stringify(absolute)}`);
  const full = await scanTree(roots, ctx.buildDir, { baseDir: ctx.buildDir });
  for (const kind of ["text", "binary"] as const) {
    const missing = full[kind].filter((f) => !found[kind].includes(f));
    const extra = found[kind].filter((f) => !full[kind].includes(f));
    if (missing.length || extra.length) {
      throw new Error(
        `the ${kind} files holding the build path differ from a full scan: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`,
      );
    }
  }
}

/** What recordBuildPaths found. */
export interface BuildPaths {
  /** The files holding the build dir, which the cache keeps to relocate them into the next build dir (see cache/python-tree.ts). */
  files: string[];
  /**
   * When the tree was copied for the cache in the background: its directories (relative to it, "" for itself) whose
   * entries changed since, for the save to update in the copy (see TreeSnapshot). Undefined: not looked for.
   */
  treeDirs?: string[];
}

/**
 * The end of compile: records exactly which files hold this build dir, in a manifest in the slug,
 * and writes the .profile.d script that rewrites those files (and nothing else) at dyno start.
 */
export async function recordBuildPaths(ctx: BuildContext, previous?: PreviousBuildPaths): Promise<BuildPaths> {
  const { buildDir, log } = ctx;
  const { found: result, roots, links, fullScan, treeDirs } = await findBuildPaths(ctx, previous);
  if (links.length > 0) log.info(`Made ${links.length} symlinks into the build dir relative (e.g. ${links[0]})`);
  if (!fullScan) await verifyAgainstFullScan(ctx, roots, result);
  const { rejected } = await writeManifest(buildDir, { buildDir, files: result.text });
  const script = path.join(buildDir, BOOT_SCRIPT_PATH);
  await fs.ensureDir(path.dirname(script));
  await fs.writeFile(script, bootScript(buildDir));
  log.info(
    `${result.text.length} of ${result.filesRead} files ${previous ? "written or relocated in this build " : ""}hold the build path; ${BOOT_SCRIPT_PATH} relocates them at dyno start`,
  );
  for (const file of rejected) log.warn(`${file} holds the build path but can't be listed for relocation (odd file name).`);
  for (const file of result.binary)
    log.warn(
      `${file} is a binary file holding the build path; it can't be relocated and will point at a directory that doesn't exist at runtime.`,
    );
  return { files: result.text, treeDirs };
}
