import fg from "fast-glob";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import type { Platform } from "../support/platform.js";
import { CACHE_FORMAT, CachePart, differences, type BaseMetadata, type FieldLabels } from "./cache-part.js";
import { isNumber, isString, optional, type Schema } from "./schema.js";

// CACHE_DIR/pyslug/pip-cache: pip's download and wheel cache, kept across environment invalidations so
// nothing is downloaded twice. This module is the only one that reads or writes it: pip uses its content in
// place, untrusted from the first pip command until the save, and saving prunes it to a size bound. A build
// in which pip doesn't run leaves it as it was, trusted.

/** What the pip cache is for: compared field by field. */
interface PipCacheIdentity extends BaseMetadata {
  stack: string;
  arch: string;
}

/** Its metadata: the identity, and the content's size at the save (so that a build in which pip didn't run needn't walk it). */
interface PipCacheMetadata extends PipCacheIdentity {
  bytes?: number;
}

const SCHEMA: Schema<PipCacheMetadata> = { format: isNumber, stack: isString, arch: isString, bytes: optional(isNumber) };
const LABELS: FieldLabels<PipCacheIdentity> = { format: "the cache format", stack: "the stack", arch: "the architecture" };

export const PIP_CACHE_PART = "pip-cache";
/** Default size bound; PYSLUG_PIP_CACHE_MB overrides it. */
export const DEFAULT_PIP_CACHE_MB = 1024;

function part(ctx: Pick<BuildContext, "cacheRoot">): CachePart<PipCacheMetadata> {
  return new CachePart(ctx.cacheRoot, PIP_CACHE_PART, SCHEMA);
}

/** The pip cache as this build uses it: PIP_CACHE_DIR, and whether pip was let in. */
export class PipCache {
  private opened: Promise<void> | undefined;

  constructor(
    /** PIP_CACHE_DIR for this build. */
    readonly dir: string,
    private readonly identity: PipCacheIdentity,
    /** The size its trusted metadata records; undefined when none does. */
    readonly savedBytes: number | undefined,
    private readonly cached: CachePart<PipCacheMetadata>,
  ) {}

  /** Awaited before every pip command: pip may write into the cache, so from then on it is untrusted until saved. */
  beforeUse(): Promise<void> {
    this.opened ??= this.cached.untrust();
    return this.opened;
  }

  /** Whether a pip command may have changed the content. */
  get used(): boolean {
    return this.opened !== undefined;
  }

  /** Trusts the content again, recording its size. */
  async trust(bytes: number): Promise<void> {
    await this.cached.trust({ ...this.identity, bytes });
  }
}

/** Opens the pip cache for this build: discarded when it isn't for this stack and arch, else used in place. */
export async function openPipCache(ctx: BuildContext, platform: Platform): Promise<PipCache> {
  const cached = part(ctx);
  const wanted: PipCacheIdentity = { format: CACHE_FORMAT, stack: platform.stack, arch: platform.arch };
  const saved = await cached.load();
  let savedBytes: number | undefined;
  if (saved.kind === "ok") {
    const reasons = differences(saved.metadata, wanted, LABELS);
    if (reasons.length > 0) {
      ctx.log.info(`Discarding pip cache: ${reasons.join("; ")}`);
      await cached.discard();
    } else savedBytes = saved.metadata.bytes;
  } else if (saved.kind !== "none") {
    ctx.log.info(`Discarding pip cache: ${saved.reason}`);
    await cached.discard();
  }
  await fs.ensureDir(cached.content);
  return new PipCache(cached.content, wanted, savedBytes, cached);
}

/** Oldest-first pruning to a size bound. Pure selection: returns the files to delete. */
export function selectForPruning(files: { path: string; size: number; mtimeMs: number }[], maxBytes: number): string[] {
  let total = files.reduce((sum, f) => sum + f.size, 0);
  const victims: string[] = [];
  for (const file of [...files].sort((a, b) => a.mtimeMs - b.mtimeMs)) {
    if (total <= maxBytes) break;
    victims.push(file.path);
    total -= file.size;
  }
  return victims;
}

/**
 * Prunes to the size bound and marks the pip cache trusted again. Returns its size in bytes. A cache pip didn't use
 * in this build is as it was saved: left alone, unless the size bound went below its size.
 */
export async function savePipCache(ctx: BuildContext, cache: PipCache): Promise<number> {
  const limitMb = Number(ctx.config.setting("PYSLUG_PIP_CACHE_MB") ?? DEFAULT_PIP_CACHE_MB);
  const maxBytes = (Number.isFinite(limitMb) && limitMb > 0 ? limitMb : DEFAULT_PIP_CACHE_MB) * 1024 * 1024;
  if (!cache.used && cache.savedBytes !== undefined && cache.savedBytes <= maxBytes) return cache.savedBytes;
  await cache.beforeUse();
  const entries = await fg("**/*", { cwd: cache.dir, onlyFiles: true, stats: true, dot: true, absolute: true });
  const files = entries.map((e) => ({ path: e.path, size: e.stats!.size, mtimeMs: e.stats!.mtimeMs }));
  const victims = selectForPruning(files, maxBytes);
  for (const victim of victims) await fs.rm(victim, { force: true });
  if (victims.length > 0)
    ctx.log.info(`Pruned ${victims.length} old files from the pip cache (limit ${Math.round(maxBytes / 1048576)} MB)`);
  const removed = new Set(victims);
  const bytes = files.filter((f) => !removed.has(f.path)).reduce((sum, f) => sum + f.size, 0);
  await cache.trust(bytes);
  return bytes;
}
