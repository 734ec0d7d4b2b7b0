/**
 * Entry point of dist/launch.mjs, which bin/compile runs: starts the compile program (dist/compile.mjs)
 * with V8's compile cache, kept in CACHE_DIR/pyslug/code, so that a build from the cache doesn't parse
 * and compile the whole bundle again (about a quarter of Node's start-up).
 *
 * Node keys its compile cache by the module's path, and the buildpack's path may change from build to
 * build; so the bundle runs from a copy at a fixed path in the cache, byte-for-byte the buildpack's (the
 * copy is compared with it on every build and replaced when it differs). V8 checks its own cache against
 * the source and its version, and ignores what doesn't match. Anything that fails here (a cache that
 * can't be written, a full disk) only costs the speed: the buildpack's own bundle runs instead.
 *
 * No dependencies: this module is loaded before anything else, and only does what it says.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { enableCompileCache } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Where the bundle's copy and V8's cache live, under CACHE_DIR. */
const CODE_CACHE_DIR = path.join("pyslug", "code");

/** The bundle to import: its copy in the cache, with the compile cache on, or the buildpack's own. */
function entry(bundle: string, cacheDir: string | undefined): string {
  if (!cacheDir) return bundle;
  try {
    const dir = path.join(path.resolve(cacheDir), CODE_CACHE_DIR);
    const kept = path.join(dir, "compile.mjs");
    const source = readFileSync(bundle);
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
    return bundle;
  }
}

const bundle = path.join(import.meta.dirname, "compile.mjs");
// argv: node launch.mjs BUILD_DIR CACHE_DIR ENV_DIR
await import(pathToFileURL(entry(bundle, process.argv[3])).href);
