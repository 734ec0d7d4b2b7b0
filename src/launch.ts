/**
 * Entry point of dist/launch.cjs, which bin/compile runs: starts the compile program (dist/compile.cjs) with a
 * V8 code cache kept in CACHE_DIR/pyslug/code, so that a build from the cache compiles almost none of it again.
 *
 * The cache is made when a build ends (V8's createCachedData), so it holds every function that build ran, not
 * only the top level: a build from it compiles only the functions the first never ran. (Node's own compile
 * cache is made as a module is loaded, before anything runs; a build then compiled most of what it ran.)
 *
 * V8 checks its cache against its own version and flags and the source's length, not the source itself; so the
 * cache sits beside a copy of the bundle it was made from, and is used only while that copy is byte for byte
 * the buildpack's bundle. Another bundle replaces the copy and drops the cache, which the build then makes
 * again. Anything that fails here (a cache that can't be read or written, a full disk) only costs the speed.
 *
 * No dependencies: this module is loaded before anything else, and only does what it says.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

/** Where the bundle's copy and V8's cache of it live, under CACHE_DIR. */
const CODE_DIR = path.join("pyslug", "code");
const BUNDLE_COPY = "compile.cjs";
const V8_CACHE = "compile.cjs.v8";
/** What an older pyslug kept there (a copy of an ES module bundle and Node's compile cache): removed. */
const FORMER = ["compile.mjs", "v8"];

/** Writes `data` to `file` whole or not at all. */
function writeWhole(file: string, data: Uint8Array): void {
  try {
    writeFileSync(`${file}.new`, data);
    renameSync(`${file}.new`, file);
  } catch (error) {
    rmSync(`${file}.new`, { force: true });
    throw error;
  }
}

/**
 * The code cache of `source` kept in `dir` (undefined when there is none yet), or false when `dir` can't hold one:
 * there a cache made now could end up beside a copy of another bundle.
 */
function keptCache(dir: string, source: Buffer): Buffer | undefined | false {
  let same: boolean;
  try {
    same = readFileSync(path.join(dir, BUNDLE_COPY)).equals(source);
  } catch {
    same = false;
  }
  if (same) {
    try {
      return readFileSync(path.join(dir, V8_CACHE));
    } catch {
      return undefined; // not made yet: this build makes it
    }
  }
  // Another bundle (an upgrade, a damaged copy, an older pyslug's files): its cache goes before the copy changes.
  try {
    mkdirSync(dir, { recursive: true });
    for (const name of [V8_CACHE, ...FORMER]) rmSync(path.join(dir, name), { recursive: true, force: true });
    writeWhole(path.join(dir, BUNDLE_COPY), source);
    return undefined;
  } catch {
    return false;
  }
}

/** Runs the bundle as Node runs a CommonJS module; with `cacheDir`, from and into its code cache there. */
function run(bundle: string, cacheDir: string | undefined): void {
  const source = readFileSync(bundle);
  const dir = cacheDir ? path.join(path.resolve(cacheDir), CODE_DIR) : undefined;
  const kept = dir ? keptCache(dir, source) : false;
  const script = new vm.Script(Module.wrap(source.toString("utf8")), { filename: bundle, cachedData: kept || undefined });
  if (dir && kept !== false && (kept === undefined || script.cachedDataRejected === true)) {
    // Made as the process ends, whatever the build's outcome: by then V8 has compiled what this build ran.
    process.once("exit", () => {
      try {
        writeWhole(path.join(dir, V8_CACHE), script.createCachedData());
      } catch {
        // Only the next build's speed is lost.
      }
    });
  }
  const compiled = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  compiled.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}

// argv: node launch.cjs BUILD_DIR CACHE_DIR ENV_DIR
run(path.join(import.meta.dirname, "compile.cjs"), process.argv[3]);
