import { freeBytes, LOW_SPACE_BYTES } from "../support/disk.js";
import type { BuildLog } from "../support/log.js";
import { redactText } from "../support/redact.js";

/** Why a save failed, in a few words (a full disk named as such). */
async function reasonOf(error: unknown, cacheDir: string): Promise<string> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const free = await freeBytes(cacheDir);
  if (code === "ENOSPC" || code === "EDQUOT" || (free !== undefined && free < LOW_SPACE_BYTES)) {
    return `CACHE_DIR is full${free === undefined ? "" : ` (${Math.round(free / 1024)} KB free)`}`;
  }
  const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  return redactText(first.length > 200 ? `${first.slice(0, 200)}…` : first);
}

/**
 * Saving the cache never fails a build. The first save that fails is undone (`undo`, e.g. removing the half-saved
 * part so it frees its space and is never trusted) and reported in one warning; later saves of the build are skipped,
 * so what the next build finds is either whole and trusted or discarded with a reason.
 */
export class CacheSaves {
  private failed = false;

  constructor(
    private readonly log: BuildLog,
    private readonly cacheDir: string,
  ) {}

  /** Runs one save; false when it failed or was skipped after an earlier failure (its `undo` then runs all the same). */
  async run(save: () => Promise<unknown>, undo?: () => Promise<void>): Promise<boolean> {
    if (this.failed) {
      await undo?.().catch(() => undefined);
      return false;
    }
    try {
      await save();
      return true;
    } catch (error) {
      this.failed = true;
      const reason = await reasonOf(error, this.cacheDir);
      await undo?.().catch(() => undefined);
      this.log.warn(
        `The build cache could not be saved: ${reason}.\n` + "The next build will download and install again what couldn't be kept.",
      );
      return false;
    }
  }

  get ok(): boolean {
    return !this.failed;
  }
}
