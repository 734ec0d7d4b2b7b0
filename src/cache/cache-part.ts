import path from "node:path";
import { execa } from "execa";
import fs from "fs-extra";

/**
 * pyslug's cache format. Bump it when what a part holds changes meaning: every part saved
 * with another format is discarded, with that reason.
 */
export const CACHE_FORMAT = 1;

/** Field name → human label, for discard reasons. */
export type FieldLabels<M> = { [K in keyof M]: string };

/** Every kept part records these besides its own fields. */
export interface BaseMetadata {
  format: number;
}

/** Why a saved part doesn't match what this build needs; empty when it matches. Pure. */
export function differences<M extends object>(saved: Partial<M>, wanted: M, labels: FieldLabels<M>): string[] {
  const reasons: string[] = [];
  for (const key of Object.keys(labels) as (keyof M)[]) {
    const before = saved[key];
    const after = wanted[key];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const show = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);
    const b = show(before);
    const a = show(after);
    reasons.push(
      b !== undefined && a !== undefined && b.length <= 40 && a.length <= 40
        ? `${labels[key]} changed (${b} → ${a})`
        : `${labels[key]} changed`,
    );
  }
  return reasons;
}

/**
 * One kept part of the cache: a content directory plus `metadata.json`, written last.
 * A part is trusted only if its metadata exists and parses, so a save cut short is never trusted.
 */
export class CachePart<M extends BaseMetadata> {
  readonly dir: string;
  readonly content: string;
  private readonly metadataFile: string;

  constructor(
    cacheRoot: string,
    readonly name: string,
  ) {
    this.dir = path.join(cacheRoot, name);
    this.content = path.join(this.dir, "content");
    this.metadataFile = path.join(this.dir, "metadata.json");
  }

  /** The saved metadata, or a reason why there is none to trust. */
  async load(): Promise<{ metadata: M } | { missing: string }> {
    if (!(await fs.pathExists(this.metadataFile))) {
      return { missing: (await fs.pathExists(this.dir)) ? "it was not saved completely" : "there is none" };
    }
    try {
      const metadata = JSON.parse(await fs.readFile(this.metadataFile, "utf8")) as M;
      if (typeof metadata !== "object" || metadata === null) return { missing: "its metadata is corrupt" };
      if (metadata.format !== CACHE_FORMAT) {
        return { missing: `it was saved in cache format ${String(metadata.format)} and this pyslug uses ${CACHE_FORMAT}` };
      }
      if (!(await fs.pathExists(this.content))) return { missing: "its content is missing" };
      return { metadata };
    } catch {
      return { missing: "its metadata is corrupt" };
    }
  }

  /** A small file kept beside the content (saved before the metadata, so it is trusted with it). */
  sidecar(name: string): string {
    return path.join(this.dir, name);
  }

  /** Moves the content to `dest` (a rename), un-trusting the part first so a crash can't leave it half-trusted. */
  async takeTo(dest: string): Promise<void> {
    await fs.rm(this.metadataFile, { force: true });
    await fs.ensureDir(path.dirname(dest));
    await fs.move(this.content, dest, { overwrite: false });
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /** Marks the part as in use: until trust() runs again, a later build won't rely on it. */
  async untrust(): Promise<void> {
    await fs.rm(this.metadataFile, { force: true });
    await fs.ensureDir(this.content);
  }

  /** Records the metadata of content that was updated in place. */
  async trust(metadata: M): Promise<void> {
    const partial = `${this.metadataFile}.partial`;
    await fs.writeFile(partial, `${JSON.stringify(metadata, null, 2)}\n`);
    await fs.rename(partial, this.metadataFile);
  }

  async discard(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /** Saves `source` as this part's content with hard links (a copy only across filesystems), then the metadata. */
  async save(source: string, metadata: M, sidecars: Record<string, string> = {}): Promise<void> {
    await this.discard();
    await fs.ensureDir(this.dir);
    for (const [name, text] of Object.entries(sidecars)) await fs.writeFile(this.sidecar(name), text);
    try {
      await execa("cp", ["-a", "--link", source, this.content]);
    } catch {
      await fs.rm(this.content, { recursive: true, force: true });
      await execa("cp", ["-a", source, this.content]);
    }
    await this.trust(metadata);
  }
}
