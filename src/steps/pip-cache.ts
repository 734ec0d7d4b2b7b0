import fg from "fast-glob";
import fs from "fs-extra";
import { CACHE_FORMAT, CachePart, differences, type BaseMetadata, type FieldLabels } from "../cache/cache-part.js";
import type { BuildContext } from "../context.js";
import type { Platform } from "../support/platform.js";

/** pip's download and wheel cache: kept across environment invalidations, so nothing is downloaded twice. */
export interface PipCacheMetadata extends BaseMetadata {
  stack: string;
  arch: string;
}

const LABELS: FieldLabels<PipCacheMetadata> = { format: "the cache format", stack: "the stack", arch: "the architecture" };

export const PIP_CACHE_PART = "pip-cache";
/** Default size bound; PYSLUG_PIP_CACHE_MB overrides it. */
export const DEFAULT_PIP_CACHE_MB = 1024;

export interface PipCache {
  dir: string;
  metadata: PipCacheMetadata;
}

/** Opens the pip cache for this build (its content is used in place, untrusted until saved). */
export async function openPipCache(ctx: BuildContext, platform: Platform): Promise<PipCache> {
  const part = new CachePart<PipCacheMetadata>(ctx.cacheRoot, PIP_CACHE_PART);
  const wanted: PipCacheMetadata = { format: CACHE_FORMAT, stack: platform.stack, arch: platform.arch };
  const saved = await part.load();
  if ("metadata" in saved) {
    const reasons = differences(saved.metadata, wanted, LABELS);
    if (reasons.length > 0) {
      ctx.log.info(`Discarding pip cache: ${reasons.join("; ")}`);
      await part.discard();
    }
  } else if (saved.missing !== "there is none") {
    ctx.log.info(`Discarding pip cache: ${saved.missing}`);
    await part.discard();
  }
  await part.untrust();
  return { dir: part.content, metadata: wanted };
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
  const size = files.reduce((sum, f) => sum + f.size, 0) - files.filter((f) => victims.includes(f.path)).reduce((s, f) => s + f.size, 0);
  await new CachePart<PipCacheMetadata>(ctx.cacheRoot, PIP_CACHE_PART).trust(cache.metadata);
  return size;
}
