import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CACHE_FORMAT, CachePart, changes } from "../../../src/cache/cache-part.js";
import { environmentChanges, type EnvironmentMetadata } from "../../../src/cache/python-tree.js";
import { isNumber, isString, optional, type Schema } from "../../../src/cache/schema.js";

interface Meta {
  format: number;
  stack: string;
  note?: string;
}
const schema: Schema<Meta> = { format: isNumber, stack: isString, note: optional(isString) };

let root: string;
let part: CachePart<Meta>;
const metadataFile = () => path.join(root, "thing", "metadata.json");

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "pyslug-part-"));
  part = new CachePart(root, "thing", schema);
});
afterEach(async () => rm(root, { recursive: true, force: true }));

async function saved(metadata: string, content = true): Promise<void> {
  await mkdir(path.join(root, "thing"), { recursive: true });
  if (content) await mkdir(path.join(root, "thing", "content"), { recursive: true });
  await writeFile(metadataFile(), metadata);
}

describe("loading a cache part says what it found, by kind", () => {
  it("none: nothing was ever saved", async () => {
    expect(await part.load()).toEqual({ kind: "none" });
  });

  it("incomplete: a save cut short (no metadata), or the content gone", async () => {
    await mkdir(path.join(root, "thing", "content"), { recursive: true });
    expect(await part.load()).toEqual({ kind: "incomplete", reason: "it was not saved completely" });
    await saved(JSON.stringify({ format: CACHE_FORMAT, stack: "heroku-24" }), false);
    await rm(path.join(root, "thing", "content"), { recursive: true });
    expect(await part.load()).toEqual({ kind: "incomplete", reason: "its content is missing" });
  });

  it("corrupt: metadata that doesn't parse, isn't an object, or has a field that doesn't check out", async () => {
    await saved('{"format": 1, "stack": "hero');
    expect(await part.load()).toEqual({ kind: "corrupt", reason: "its metadata is corrupt" });
    await saved("null");
    expect(await part.load()).toMatchObject({ kind: "corrupt" });
    await saved(JSON.stringify({ format: CACHE_FORMAT }));
    expect(await part.load()).toEqual({
      kind: "corrupt",
      reason: "its metadata is corrupt (stack is missing or malformed)",
      field: "stack",
    });
    await saved(JSON.stringify({ format: CACHE_FORMAT, stack: "heroku-24", note: 7 }));
    expect(await part.load()).toMatchObject({ kind: "corrupt", field: "note" });
  });

  it("old-format: another cache format, checked before the fields (they may mean other things)", async () => {
    await saved(JSON.stringify({ format: 0, whatever: true }));
    expect(await part.load()).toEqual({
      kind: "old-format",
      reason: `it was saved in cache format 0 and this pyslug uses ${CACHE_FORMAT}`,
      format: 0,
    });
  });

  it("ok: typed metadata, extra fields kept", async () => {
    await saved(JSON.stringify({ format: CACHE_FORMAT, stack: "heroku-24", extra: 1 }));
    expect(await part.load()).toEqual({ kind: "ok", metadata: { format: CACHE_FORMAT, stack: "heroku-24", extra: 1 } });
  });
});

describe("changes carry the field they are about", () => {
  it("so callers decide on keys, not on the wording of the reason", () => {
    const labels = { format: "the cache format", stack: "the stack", note: "the note" };
    expect(changes<Meta>({ format: 1, stack: "heroku-22" }, { format: 1, stack: "heroku-24" }, labels)).toEqual([
      { field: "stack", reason: "the stack changed (heroku-22 → heroku-24)" },
    ]);
  });

  it("an environment made by another package manager is named by the field 'manager'", () => {
    const env: EnvironmentMetadata = {
      format: CACHE_FORMAT,
      stack: "heroku-24",
      arch: "amd64",
      python: "3.12.8",
      manager: "pip",
      pip: "25.0",
      spec: "a",
      index: "i",
    };
    const found = environmentChanges({ ...env, manager: "pipenv", spec: "b" }, env);
    expect(found.map((c) => c.field)).toEqual(["manager"]);
  });
});
