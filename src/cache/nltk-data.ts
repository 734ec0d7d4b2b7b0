import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { redactText } from "../support/redact.js";
import { CACHE_FORMAT, CachePart, changes, type BaseMetadata, type FieldLabels } from "./cache-part.js";
import { isNumber, isString, isStringList, type Schema } from "./schema.js";

/**
 * CACHE_DIR/pyslug/nltk-data: the NLTK data nltk.txt asked for, as NLTK's downloader left it. This
 * module is the only one that reads or writes it. Its files are copies, never hard links: NLTK refuses
 * to read a data file with more than one link, and the slug's files would be linked to the cache's.
 */
export interface NltkDataMetadata extends BaseMetadata {
  /** The ids of nltk.txt, in order. */
  ids: string[];
  /** Where the index was read: NLTK_DOWNLOAD_URL with any credentials redacted, or NLTK's default. */
  index: string;
}

const SCHEMA: Schema<NltkDataMetadata> = { format: isNumber, ids: isStringList, index: isString };
const LABELS: FieldLabels<NltkDataMetadata> = {
  format: "the cache format",
  ids: "the ids in nltk.txt",
  index: "the NLTK index (NLTK_DOWNLOAD_URL)",
};

export const NLTK_DATA_PART = "nltk-data";
/** What the metadata says when NLTK_DOWNLOAD_URL isn't set. */
export const NLTK_DEFAULT_INDEX = "NLTK's default index";

function part(ctx: Pick<BuildContext, "cacheRoot">): CachePart<NltkDataMetadata> {
  return new CachePart(ctx.cacheRoot, NLTK_DATA_PART, SCHEMA);
}

/** The metadata of the data this build needs. Pure. */
export function nltkDataMetadata(ids: readonly string[], indexUrl: string | undefined): NltkDataMetadata {
  return { format: CACHE_FORMAT, ids: [...ids], index: indexUrl === undefined ? NLTK_DEFAULT_INDEX : redactText(indexUrl) };
}

/** Why saved data isn't what this build needs, one reason per field that differs; empty when it is. Pure. */
export function nltkDataChanges(saved: NltkDataMetadata, wanted: NltkDataMetadata): string[] {
  return changes(saved, wanted, LABELS).map(({ field, reason }) => {
    if (field !== "ids") return reason;
    const added = wanted.ids.filter((id) => !saved.ids.includes(id));
    const removed = saved.ids.filter((id) => !wanted.ids.includes(id));
    const parts = [added.length ? `added ${added.join(", ")}` : "", removed.length ? `removed ${removed.join(", ")}` : ""].filter(Boolean);
    return `${LABELS.ids} changed (${parts.length ? parts.join("; ") : "reordered"})`;
  });
}

/**
 * Copies the cached data to `dest` when it is what `wanted` describes, and says so; anything else is
 * discarded with its reason in the log. False: nothing was restored, `dest` doesn't exist.
 */
export async function restoreNltkData(ctx: BuildContext, wanted: NltkDataMetadata, dest: string): Promise<boolean> {
  const cached = part(ctx);
  const saved = await cached.load();
  if (saved.kind === "none") return false;
  const reasons = saved.kind === "ok" ? nltkDataChanges(saved.metadata, wanted) : [saved.reason];
  if (reasons.length > 0) {
    ctx.log.info(`Discarding cached NLTK data: ${reasons.join("; ")}`);
    await cached.discard();
    return false;
  }
  try {
    await ctx.log.measure("cacheRestore", () => cached.copyTo(dest));
  } catch (error) {
    await fs.rm(dest, { recursive: true, force: true });
    ctx.log.info(`Discarding cached NLTK data: it could not be copied (${(error as Error).message.split("\n")[0]})`);
    await cached.discard();
    return false;
  }
  ctx.log.info(`Reusing cached NLTK data (${wanted.ids.join(", ")} from ${wanted.index})`);
  return true;
}

/** Keeps the data at `source` for the next build (copies; the metadata last). */
export async function saveNltkData(ctx: BuildContext, source: string, metadata: NltkDataMetadata): Promise<void> {
  await ctx.log.measure("cacheSave", () => part(ctx).save(source, metadata, {}, "copies"));
}

/** Removes the kept data (a save that failed halfway, or an app that no longer lists any). */
export async function discardNltkData(ctx: BuildContext, reason?: string): Promise<void> {
  const cached = part(ctx);
  if (reason !== undefined && (await cached.load()).kind !== "none") ctx.log.info(`Discarding cached NLTK data: ${reason}`);
  await cached.discard();
}
