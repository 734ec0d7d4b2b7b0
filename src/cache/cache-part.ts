import path from "node:path";
import { execa } from "execa";
import fs from "fs-extra";
import { writeFileAtomic } from "../support/atomic-write.js";
import { invalidField, isObject, type Schema } from "./schema.js";

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

/** One field whose saved value differs from what this build needs: the key decides, the text is for the log. */
export interface Change<M> {
  field: keyof M;
  reason: string;
}

/** Every labelled field whose saved value differs from the wanted one, in the labels' order. Pure. */
export function changes<M extends object>(saved: Partial<M>, wanted: M, labels: FieldLabels<M>): Change<M>[] {
  const found: Change<M>[] = [];
  for (const field of Object.keys(labels) as (keyof M)[]) {
    const before = saved[field];
    const after = wanted[field];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const show = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);
    const b = show(before);
    const a = show(after);
    found.push({
      field,
      reason:
        b !== undefined && a !== undefined && b.length <= 40 && a.length <= 40
          ? `${labels[field]} changed (${b} → ${a})`
          : `${labels[field]} changed`,
    });
  }
  return found;
}

/** Why a saved part doesn't match what this build needs, as log text; empty when it matches. Pure. */
export function differences<M extends object>(saved: Partial<M>, wanted: M, labels: FieldLabels<M>): string[] {
  return changes(saved, wanted, labels).map((c) => c.reason);
}

/**
 * What `load()` found. Only `ok` is trusted; every other kind but `none` is discarded with its reason.
 * - none: nothing was ever saved;
 * - incomplete: a save (or a build using the part) was cut short, or the content is gone;
 * - corrupt: the metadata doesn't parse, or a field doesn't check out (`field` names it);
 * - old-format: saved by a pyslug with another cache format.
 */
export type Loaded<M> =
  | { kind: "none" }
  | { kind: "incomplete"; reason: string }
  | { kind: "corrupt"; reason: string; field?: string }
  | { kind: "old-format"; reason: string; format: unknown }
  | { kind: "ok"; metadata: M };

/** A part that can't be trusted. */
export type Untrusted<M> = Exclude<Loaded<M>, { kind: "none" } | { kind: "ok" }>;

/** Checks parsed metadata: the format first (another format's fields may mean other things), then every field. Pure. */
function checkMetadata<M extends BaseMetadata>(parsed: unknown, schema: Schema<M>): Exclude<Loaded<M>, { kind: "none" }> {
  if (!isObject(parsed)) return { kind: "corrupt", reason: "its metadata is corrupt" };
  if (parsed["format"] !== CACHE_FORMAT) {
    return {
      kind: "old-format",
      reason: `it was saved in cache format ${String(parsed["format"])} and this pyslug uses ${CACHE_FORMAT}`,
      format: parsed["format"],
    };
  }
  const field = invalidField(parsed, schema);
  if (field !== undefined) return { kind: "corrupt", reason: `its metadata is corrupt (${field} is missing or malformed)`, field };
  return { kind: "ok", metadata: parsed as unknown as M };
}

/**
 * One kept part of the cache: a content directory plus `metadata.json`, written last.
 * A part is trusted only if its metadata exists and checks out, so a save cut short is never trusted.
 */
export class CachePart<M extends BaseMetadata> {
  readonly dir: string;
  readonly content: string;
  private readonly metadataFile: string;

  constructor(
    cacheRoot: string,
    readonly name: string,
    private readonly schema: Schema<M>,
  ) {
    this.dir = path.join(cacheRoot, name);
    this.content = path.join(this.dir, "content");
    this.metadataFile = path.join(this.dir, "metadata.json");
  }

  /** The saved metadata, validated, or what is wrong with the part. */
  async load(): Promise<Loaded<M>> {
    if (!(await fs.pathExists(this.metadataFile))) {
      return (await fs.pathExists(this.dir)) ? { kind: "incomplete", reason: "it was not saved completely" } : { kind: "none" };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await fs.readFile(this.metadataFile, "utf8"));
    } catch {
      return { kind: "corrupt", reason: "its metadata is corrupt" };
    }
    const checked = checkMetadata(parsed, this.schema);
    if (checked.kind !== "ok") return checked;
    if (!(await fs.pathExists(this.content))) return { kind: "incomplete", reason: "its content is missing" };
    return checked;
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

  /** Records the metadata of content that was updated in place (with its sidecars, written first). */
  async trust(metadata: M, sidecars: Record<string, string> = {}): Promise<void> {
    for (const [name, text] of Object.entries(sidecars)) await fs.writeFile(this.sidecar(name), text);
    await writeFileAtomic(this.metadataFile, `${JSON.stringify(metadata, null, 2)}\n`);
  }

  /** Removes the part, un-trusting it first: a discard cut short never leaves metadata beside half-removed content. */
  async discard(): Promise<void> {
    await fs.rm(this.metadataFile, { force: true });
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /**
   * Saves `source` as this part's content, then the metadata: with hard links (a copy only across filesystems), or with
   * `files: "copies"` as files of their own (reflinks where the filesystem has them), for content whose readers refuse
   * a file with more than one link (NLTK's).
   */
  async save(source: string, metadata: M, sidecars: Record<string, string> = {}, files: "links" | "copies" = "links"): Promise<void> {
    await this.discard();
    await fs.ensureDir(this.dir);
    if (files === "copies") await copyTree(source, this.content);
    else {
      try {
        await execa("cp", ["-a", "--link", source, this.content]);
      } catch {
        await fs.rm(this.content, { recursive: true, force: true });
        await execa("cp", ["-a", source, this.content]);
      }
    }
    await this.trust(metadata, sidecars);
  }

  /** Copies the content to `dest` (files of their own, reflinks where the filesystem has them); the part stays as it is. */
  async copyTo(dest: string): Promise<void> {
    await fs.rm(dest, { recursive: true, force: true });
    await fs.ensureDir(path.dirname(dest));
    await copyTree(this.content, dest);
  }
}

/** `cp -a`, sharing blocks where the filesystem can (reflinks), never links: each copy has its own inode. */
async function copyTree(source: string, dest: string): Promise<void> {
  await execa("cp", ["-a", "--reflink=auto", source, dest]);
}
