import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import fs from "fs-extra";
import * as tar from "tar";

export type Compression = "zstd" | "gzip";

/** Recognises the compression by the file's first bytes, whatever its name says. */
export async function detectCompression(file: string): Promise<Compression | undefined> {
  const handle = await fs.open(file, "r");
  try {
    const magic = Buffer.alloc(4);
    await fs.read(handle, magic, 0, 4, 0);
    if (magic.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) return "zstd";
    if (magic[0] === 0x1f && magic[1] === 0x8b) return "gzip";
    return undefined;
  } finally {
    await fs.close(handle);
  }
}

/** Extracts a .tar.zst or .tar.gz into `dir` (which must exist). */
export async function extractTarball(file: string, dir: string): Promise<void> {
  const compression = await detectCompression(file);
  if (compression === undefined) throw new Error("not a zstd or gzip compressed tar archive");
  const decompress = compression === "zstd" ? zlib.createZstdDecompress() : zlib.createGunzip();
  await pipeline(createReadStream(file), decompress, tar.x({ cwd: dir, preserveOwner: false }));
}
