import fg from "fast-glob";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import type { Platform } from "../support/platform.js";
import { CACHE_FORMAT, CachePart, differences, type BaseMetadata, type FieldLabels } from "./cache-part.js";
import { isNumber, isString, type Schema } from "./schema.js";

/**
 * CACHE_DIR/pyslug/pip-cache: pip's download and wheel cache, kept across environment
 * invalidations so nothing is downloaded twice. This module is the only one that reads or writes it:
 * pip uses its content in place while it is open (untrusted), and saving prunes it to a size bound.
 */
interface PipCacheMetadata extends BaseMetadata {
  stack: string;
  arch: string;
}

const SCHEMA: Schema<PipCacheMetadata> = { format: isNumber, stack: isString, arch: isString };
const LABELS: FieldLabels<PipCacheMetadata> = { format: "the cache format", stack: "the stack", arch: "the architecture" };

export const PIP_CACHE_PART = "pip-cache";
/** Default size bound; PYSLUG_PIP_CACHE_MB overrides it. */
export const DEFAULT_PIP_CACHE_MB = 1024;

function part(ctx: Pick<BuildContext, "cacheRoot">): CachePart<PipCacheMetadata> {
  return new CachePart(ctx.cacheRoot, PIP_CACHE_PART, SCHEMA);
}

export interface PipCache {
  /** PIP_CACHE_DIR for this build. */
  dir: string;
  metadata: PipCacheMetadata;
}

/** Opens the pip cache for this build (its content is used in place, untrusted until saved). */
export async function openPipCache(ctx: BuildContext, platform: Platform): Promise<PipCache> {
  const cached = part(ctx);
  const wanted: PipCacheMetadata = { format: CACHE_FORMAT, stack: platform.stack, arch: platform.arch };
  const saved = await cached.load();
  if (saved.kind === "ok") {
    const reasons = differences(saved.metadata, wanted, LABELS);
    if (reasons.length > 0) {
      ctx.log.info(`Discarding pip cache: ${reasons.join("; ")}`);
      await cached.discard();
    }
  } else if (saved.kind !== "none") {
    ctx.log.info(`Discarding pip cache: ${saved.reason}`);
    await cached.discard();
  }
  await cached.untrust();
  return { dir: cached.content, metadata: wanted };
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

/** Prunes to the size bound and marks the pip cache trusted again. Returns its size in bytes. */
export async function savePipCache(ctx: BuildContext, cache: PipCache): Promise<number> {
  const limitMb = Number(ctx.config.setting("PYSLUG_PIP_CACHE_MB") ?? DEFAULT_PIP_CACHE_MB);
  const maxBytes = (Number.isFinite(limitMb) && limitMb > 0 ? limitMb : DEFAULT_PIP_CACHE_MB) * 1024 * 1024;
  const entries = await fg("**/*", { cwd: cache.dir, onlyFiles: true, stats: true, dot: true, absolute: true });
  const files = entries.map((e) => ({ path: e.path, size: e.stats!.size, mtimeMs: e.stats!.mtimeMs }));
  const victims = selectForPruning(files, maxBytes);
  for (const victim of victims) await fs.rm(victim, { force: true });
  if (victims.length > 0)
    ctx.log.info(`Pruned ${victims.length} old files from the pip cache (limit ${Math.round(maxBytes / 1048576)} MB)`);
  const removed = new Set(victims);
  const size = files.filter((f) => !removed.has(f.path)).reduce((sum, f) => sum + f.size, 0);
  await part(ctx).trust(cache.metadata);
  return size;
}
