import { createRequire as __pyslugCreateRequire } from 'node:module'; const require = __pyslugCreateRequire(import.meta.url);

// src/launch.ts
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { enableCompileCache } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
var CODE_CACHE_DIR = path.join("pyslug", "code");
function entry(bundle2, cacheDir) {
  if (!cacheDir) return bundle2;
  try {
    const dir = path.join(path.resolve(cacheDir), CODE_CACHE_DIR);
    const kept = path.join(dir, "compile.mjs");
    const source = readFileSync(bundle2);
    let same = false;
    try {
      same = readFileSync(kept).equals(source);
    } catch {
      same = false;
    }
    if (!same) {
      mkdirSync(dir, { recursive: true });
      try {
        writeFileSync(`${kept}.new`, source);
        renameSync(`${kept}.new`, kept);
      } catch (error) {
        rmSync(`${kept}.new`, { force: true });
        throw error;
      }
    }
    enableCompileCache(path.join(dir, "v8"));
    return kept;
  } catch {
    return bundle2;
  }
}
var bundle = path.join(import.meta.dirname, "compile.mjs");
await import(pathToFileURL(entry(bundle, process.argv[3])).href);
