import nodeFs from "node:fs";
import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { relocateFiles } from "../relocation/rewrite.js";
import { walkTree } from "../support/walk-tree.js";
import { pythonExecutable, pythonStarts, type PythonRuntime, type RuntimeIdentity } from "../runtime/python-runtime.js";
import type { CacheSaves } from "./best-effort-save.js";
import { TreeSnapshot } from "./tree-snapshot.js";
import { CACHE_FORMAT, CachePart, changes, type Change, type FieldLabels } from "./cache-part.js";
import {
  invalidField,
  isAnything,
  isBoolean,
  isNumber,
  isObject,
  isString,
  isStringList,
  isStringRecord,
  optional,
  type Check,
  type Schema,
} from "./schema.js";

/**
 * CACHE_DIR/pyslug/python: the `.heroku/python` tree of the last build, that is a Python runtime
 * and the environment (site-packages, scripts, VCS checkouts) installed into it. This module is the
 * only one that reads or writes it (bin/lib/tree.sh only copies it): its metadata, its sidecars,
 * restoring it into the build dir (the hard-link copy the shim made of it, or else a rename; then
 * relocation from the build dir it was made in), resetting it to the runtime's own files, and saving it.
 */
export const PYTHON_TREE_PART = "python";
/** Every path of the runtime as extracted, plus the pinned pip: what a reset keeps. */
const PRISTINE_SIDECAR = "pristine.txt";
/** Files of the cached tree holding the build dir it was made in (relocated on restore). */
const BUILD_PATHS_SIDECAR = "build-paths.txt";

/** What identifies the runtime of the tree. */
export interface RuntimeMetadata extends RuntimeIdentity {
  format: number;
  archiveSha256: string;
}

/** What an installed environment was made from. Equal fields: the environment can be reused. */
/** An installed local package: canonical name, version, and its requirements (markers evaluated, removed). */
export interface LocalDist {
  name: string;
  version: string;
  requires: string[];
}

/** Installed versions by canonical name; local packages by `dir[extras]` (the directory relative to the app). */
export interface SiteReport {
  installed: Record<string, string>;
  local: Record<string, LocalDist>;
}

const isLocalDist: Check = (value) =>
  isObject(value) && isString(value["name"]) && isString(value["version"]) && isStringList(value["requires"]);
const isSiteReport: Check = (value) =>
  isObject(value) && isStringRecord(value["installed"]) && isObject(value["local"]) && Object.values(value["local"]).every(isLocalDist);

export interface EnvironmentMetadata {
  format: number;
  stack: string;
  arch: string;
  python: string;
  manager: string;
  pip: string;
  /** Fingerprint of the dependency specification (requirements files expanded, or the lock). */
  spec: string;
  /** Hash of the index settings (never the URLs themselves: they may hold credentials). */
  index: string;
  /** The plan's own summary of the specification, to say what changed (see DependencyPlan.snapshot). */
  snapshot?: unknown;
  /** Digest of each local package's source when it was installed (see local-packages.ts). */
  local?: Record<string, string>;
  /** The requirements the environment satisfies (PEP 508), for pruning what nothing requires. */
  required?: string[];
  /**
   * The build that saved it checked the installed set against `required` and uninstalled the rest
   * (nothing missing): the environment holds exactly what the spec asks for, so a change can be installed into it.
   */
  exact?: boolean;
  /**
   * Its spec could be updated in place (see DependencyPlan.incrementalChange): nothing in the environment came from
   * VCS checkouts or URLs, which an in-place update of a later spec wouldn't clear away as a fresh install does.
   */
  updatable?: boolean;
  /**
   * What site-packages listed (distribution metadata and .pth files) when that build checked the installed set
   * against `required`. A later build that reuses the environment and lists the same needn't check it again;
   * anything a hook installed or removed with pip changes the list.
   */
  checkedSet?: string[];
  /**
   * What lib/env_report.py said of site-packages at that check, uninstalled packages left out: the installed
   * versions, and each local package's requirements. An in-place update of a later build, with site-packages
   * listing the same (checkedSet) and its local packages unchanged, reads them here instead of running it again.
   */
  siteReport?: SiteReport;
  /** How that build made it: a new tree, the cached one reused as it was, updated with what was added, or reset. */
  made?: EnvironmentMade;
}

export type EnvironmentMade = "new" | "reused" | "incremental" | "reset";

/** metadata.json of the part. */
interface PythonTreeMetadata extends RuntimeMetadata {
  /** Absent when the build that saved it installed no environment; checked on its own (see savedEnvironment). */
  environment?: unknown;
  /** The build dir the tree was made in; paths in it are relocated on restore. */
  buildDir: string;
}

const TREE_SCHEMA: Schema<PythonTreeMetadata> = {
  format: isNumber,
  stack: isString,
  arch: isString,
  version: isString,
  source: isString,
  archiveSha256: isString,
  environment: isAnything,
  buildDir: isString,
};

const ENVIRONMENT_SCHEMA: Schema<EnvironmentMetadata> = {
  format: isNumber,
  stack: isString,
  arch: isString,
  python: isString,
  manager: isString,
  pip: isString,
  spec: isString,
  index: isString,
  snapshot: isAnything,
  local: optional(isStringRecord),
  required: optional(isStringList),
  exact: optional(isBoolean),
  updatable: optional(isBoolean),
  checkedSet: optional(isStringList),
  siteReport: optional(isSiteReport),
  made: optional(isString),
};

const RUNTIME_LABELS: FieldLabels<Omit<RuntimeMetadata, "archiveSha256">> = {
  format: "the cache format",
  stack: "the stack",
  arch: "the architecture",
  version: "the Python version",
  source: "the Python archive URL",
};

const ENVIRONMENT_LABELS: FieldLabels<
  Omit<EnvironmentMetadata, "spec" | "snapshot" | "local" | "required" | "exact" | "updatable" | "checkedSet" | "siteReport" | "made">
> = {
  format: "the cache format",
  stack: "the stack",
  arch: "the architecture",
  python: "the Python version",
  manager: "the package manager",
  pip: "the pip version",
  index: "the package index settings",
};

/** The environment a restored tree holds: none, one whose metadata doesn't check out, or a typed one. */
export type SavedEnvironment = { kind: "none" } | { kind: "corrupt"; reason: string } | { kind: "ok"; metadata: EnvironmentMetadata };

/** Fields of a saved environment that differ from what this build needs (the dependency specification is the caller's). Pure. */
export function environmentChanges(saved: EnvironmentMetadata, wanted: EnvironmentMetadata): Change<EnvironmentMetadata>[] {
  return changes(saved, wanted, ENVIRONMENT_LABELS);
}

function part(ctx: Pick<BuildContext, "cacheRoot">): CachePart<PythonTreeMetadata> {
  return new CachePart(ctx.cacheRoot, PYTHON_TREE_PART, TREE_SCHEMA);
}

/** Every path under root, relative and sorted: what the runtime came with (and later the pinned pip). */
function listTree(root: string): string[] {
  const paths: string[] = [];
  walkTree(root, ({ rel }) => void paths.push(rel));
  return paths.sort();
}

function lines(text: string): string[] {
  return text.split("\n").filter(Boolean);
}

async function readSidecar(file: string): Promise<string[]> {
  return lines(await fs.readFile(file, "utf8").catch(() => ""));
}

/** The `.heroku/python` of this build and what the cache knows about it. */
export class PythonTree {
  /** The copy of the tree the cache will keep, made in the background from its restore or extraction (see TreeSnapshot). */
  private snapshot?: TreeSnapshot;
  /** Whether save() updated that copy (rather than copying the whole tree). */
  private savedFromSnapshot = false;
  /**
   * The cache's part still holds the tree this build restored, and is trusted: the build took a copy of it (see
   * EarlyTreeCopy). The first write into the tree un-trusts it, since a file written in place is written in both.
   */
  private cacheTrusted = false;
  /** For a new tree: trusts its copy, made in the background, as the kept runtime (see keepRuntime). */
  private keepCopiedRuntime?: () => Promise<unknown>;

  private constructor(
    private readonly ctx: BuildContext,
    readonly runtime: PythonRuntime,
    /** Whether the tree came from the cache (with whatever environment it held). */
    readonly reused: boolean,
    /** The environment the restored tree holds; none for a new tree. */
    readonly savedEnvironment: SavedEnvironment,
    private pristine: string[],
    /** For a restored tree: the build dir it was made in and its files that held it (relocated to this build dir). */
    readonly restoredFrom?: { buildDir: string; files: string[] },
  ) {}

  /** A tree whose runtime was just extracted at `runtime.home`: everything in it is the runtime's own. */
  static fresh(ctx: BuildContext, runtime: PythonRuntime): PythonTree {
    return new PythonTree(ctx, runtime, false, { kind: "none" }, listTree(runtime.home));
  }

  /**
   * Moves the cached tree into the build dir when its runtime is `wanted` and still starts, and points
   * its paths at this build dir. Anything else is discarded, with the reason in the log. Undefined: nothing reused.
   */
  static async restore(ctx: BuildContext, wanted: RuntimeIdentity, home: string): Promise<PythonTree | undefined> {
    const tree = await PythonTree.restoreCached(ctx, wanted, home);
    // The shim's copy of a tree that isn't reused is removed, not left for the slug.
    if (!tree) await ctx.treeCopy?.drop();
    return tree;
  }

  private static async restoreCached(ctx: BuildContext, wanted: RuntimeIdentity, home: string): Promise<PythonTree | undefined> {
    const { log } = ctx;
    const cached = part(ctx);
    const saved = await log.measure("cacheRestore", () => cached.load());
    if (saved.kind === "none") return undefined;
    if (saved.kind !== "ok") {
      log.info(`Discarding cached Python: ${saved.reason}`);
      await cached.discard();
      return undefined;
    }
    const wantedMetadata = { format: CACHE_FORMAT, ...wanted };
    const reasons = changes(saved.metadata, wantedMetadata, RUNTIME_LABELS).map((c) => c.reason);
    const pristine = await readSidecar(cached.sidecar(PRISTINE_SIDECAR));
    if (reasons.length === 0 && pristine.length === 0) reasons.push("its list of runtime files is missing");
    if (reasons.length > 0) {
      // Replaced only when the new runtime is saved: if this build fails first (a download that
      // fails, say), the cache is exactly as it was and a build with the old settings still uses it.
      log.info(`Discarding cached Python ${saved.metadata.version}: ${reasons.join("; ")}`);
      return undefined;
    }
    const buildPaths = await readSidecar(cached.sidecar(BUILD_PATHS_SIDECAR));
    // The copy bin/compile made while Node.js started, if it made one; else the cache's own tree, moved here.
    const copied = await log.measure("cacheRestore", async () => {
      const report = await ctx.treeCopy?.take(home);
      if (report === undefined) await cached.takeTo(home);
      return report;
    });
    const { archiveSha256, buildDir, environment } = saved.metadata;
    const runtime: PythonRuntime = { ...wanted, home, archiveSha256 };
    const tree = new PythonTree(ctx, runtime, true, checkEnvironment(environment), pristine, { buildDir, files: buildPaths });
    if (copied !== undefined) {
      // The cache still holds its tree, trusted until the build first writes into this one (see writable).
      tree.snapshot = TreeSnapshot.made(home, cached.content, copied.at);
      tree.cacheTrusted = true;
      // Relocation writes new files: their directories must change after the copy's end, to be found at the save.
      await tree.snapshot.writable();
    }
    // The shim checked the copy's interpreter; else it is checked meanwhile (relocation replaces whole files by
    // renames: it reads each old or new).
    const starting = copied ? Promise.resolve(copied.starts) : pythonStarts(home);
    const relocated = await log.measure("cacheRestore", () => tree.relocate(buildDir, buildPaths));
    const starts = await starting;
    // Without that copy, the one the cache keeps is made from now on, while the build only reads the tree.
    tree.snapshot ??= await tree.startCopy();
    if (!starts) {
      log.info(`Discarding cached Python ${wanted.version}: its interpreter no longer starts (the cache is damaged)`);
      await tree.writable();
      await cached.discard();
      await fs.rm(home, { recursive: true, force: true });
      return undefined;
    }
    log.info(`Reusing cached Python ${wanted.version} (archive SHA-256 ${archiveSha256.slice(0, 12)}…)`);
    if (relocated > 0) log.info(`Relocated ${relocated} cached files from ${buildDir} to this build dir`);
    return tree;
  }

  /** Points the files of a tree made in `savedBuildDir` at this build dir, before anything runs. Returns how many it rewrote. */
  private relocate(savedBuildDir: string, files: string[]): number {
    const { ctx } = this;
    if (savedBuildDir === ctx.buildDir || files.length === 0) return 0;
    const inTree = files.filter((f) => f.startsWith(".heroku/python/"));
    return relocateFiles(ctx.buildDir, inTree, savedBuildDir, ctx.buildDir).rewritten;
  }

  /** Starts the hard-link copy of the tree into the cache part (see TreeSnapshot); undefined where it can't be made. */
  private async startCopy(): Promise<TreeSnapshot | undefined> {
    const { home } = this.runtime;
    return TreeSnapshot.start(home, part(this.ctx).content, path.relative(home, pythonExecutable(home))).catch(() => undefined);
  }

  /**
   * Resolves when the tree may be written (see TreeSnapshot): every writer awaits it. Resolves to the time after which
   * every write has a later inode change time, when a copy was made in the background; undefined when none was.
   */
  async writable(): Promise<number | undefined> {
    const at = await this.snapshot?.writable();
    if (this.cacheTrusted) {
      this.cacheTrusted = false;
      await part(this.ctx).untrust();
    }
    const keep = this.keepCopiedRuntime;
    this.keepCopiedRuntime = undefined;
    await keep?.();
    return at;
  }

  /**
   * Keeps a new runtime for the next build before anything is installed in it, so that a build that fails later
   * doesn't download it again. The hard-link copy is made in the background while the build goes on (the pip wheel's
   * download, the resolution) and trusted before the first write into the tree (see writable); without hard links
   * between the build dir and the cache, the tree is copied now. A copy that fails is one warning (see CacheSaves).
   */
  async keepRuntime(saves: CacheSaves): Promise<void> {
    const kept = part(this.ctx);
    const copy = (this.snapshot = await this.startCopy());
    if (!copy) {
      await saves.run(
        () => this.save(),
        () => this.discardSaved(),
      );
      return;
    }
    this.keepCopiedRuntime = () =>
      saves.run(
        async () => {
          await copy.whole();
          await kept.trust(this.metadata(undefined), this.sidecars([]));
        },
        () => this.discardSaved(),
      );
  }

  /** Removes everything the runtime didn't come with (a stale environment): a fresh one, without downloading the runtime again. */
  async resetToPristine(): Promise<void> {
    await this.writable();
    const keep = new Set(this.pristine);
    walkTree(this.runtime.home, ({ rel, full }) => {
      if (keep.has(rel)) return;
      nodeFs.rmSync(full, { recursive: true, force: true });
      return "skip";
    });
  }

  /** Makes what the tree holds now part of the runtime's own files (the pinned pip: pyslug's tool, not the app's dependency). */
  markPristine(): void {
    this.pristine = listTree(this.runtime.home);
  }

  /** Removes what save() kept (after a save that failed halfway: it frees the space, and nothing half-saved stays). */
  async discardSaved(): Promise<void> {
    await part(this.ctx).discard();
  }

  /** Keeps the tree for the next build (hard links), with the environment installed in it, if any, and the files holding the build dir. */
  async save(environment?: EnvironmentMetadata, buildPaths: string[] = [], changedDirs?: string[]): Promise<void> {
    const kept = part(this.ctx);
    const metadata = this.metadata(environment);
    const sidecars = this.sidecars(buildPaths);
    // Not trusted while it is updated: a save cut short is discarded by the next build.
    if (this.snapshot) await kept.untrust();
    this.savedFromSnapshot = this.snapshot !== undefined && (await this.snapshot.update(changedDirs));
    if (this.savedFromSnapshot) await kept.trust(metadata, sidecars);
    else await kept.save(this.runtime.home, metadata, sidecars);
  }

  private metadata(environment: EnvironmentMetadata | undefined): PythonTreeMetadata {
    const { runtime, ctx } = this;
    return {
      format: CACHE_FORMAT,
      stack: runtime.stack,
      arch: runtime.arch,
      version: runtime.version,
      source: runtime.source,
      archiveSha256: runtime.archiveSha256,
      environment,
      buildDir: ctx.buildDir,
    };
  }

  private sidecars(buildPaths: string[]): Record<string, string> {
    return {
      [PRISTINE_SIDECAR]: `${this.pristine.join("\n")}\n`,
      [BUILD_PATHS_SIDECAR]: `${buildPaths.join("\n")}\n`,
    };
  }

  /**
   * With PYSLUG_VERIFY_CACHE=1 (the test platform sets it): a tree saved by updating the copy made in the background
   * must be this build's tree, entry for entry. (A tree copied whole at the save is what `cp` made of it.)
   */
  async verifySaved(): Promise<void> {
    if (this.ctx.env["PYSLUG_VERIFY_CACHE"] !== "1" || !this.savedFromSnapshot) return;
    const found = await TreeSnapshot.differences(this.runtime.home, part(this.ctx).content);
    if (found.length > 0) throw new Error(`the cached Python tree differs from the build's: ${found.slice(0, 20).join("; ")}`);
  }
}

/**
 * The environment recorded with a tree, its fields checked like the tree's own metadata. Its format
 * is compared with the other fields (see environmentChanges), so the log says it changed.
 */
function checkEnvironment(environment: unknown): SavedEnvironment {
  if (environment === undefined) return { kind: "none" };
  if (!isObject(environment)) return { kind: "corrupt", reason: "its metadata is corrupt" };
  const field = invalidField(environment, ENVIRONMENT_SCHEMA);
  if (field !== undefined) return { kind: "corrupt", reason: `its metadata is corrupt (${field} is missing or malformed)` };
  return { kind: "ok", metadata: environment as unknown as EnvironmentMetadata };
}
