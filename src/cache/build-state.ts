import path from "node:path";
import fs from "fs-extra";
import { writeFileAtomic } from "../support/atomic-write.js";
import { CACHE_FORMAT } from "./cache-part.js";
import { isNumber, isString, matches, optional, type Schema } from "./schema.js";

/** What one build leaves for the next: small facts, not content. */
export interface BuildState {
  format: number;
  /** Python minor of the last successful build: kept when the app doesn't ask for a version. */
  pythonMinor?: string;
  stack?: string;
}

const SCHEMA: Schema<BuildState> = { format: isNumber, pythonMinor: optional(isString), stack: optional(isString) };

function buildStateFile(cacheRoot: string): string {
  return path.join(cacheRoot, "build-state.json");
}

/** The previous build's state; empty when there is none or it can't be read or checked. */
export async function readBuildState(cacheRoot: string): Promise<Partial<BuildState>> {
  try {
    const state: unknown = JSON.parse(await fs.readFile(buildStateFile(cacheRoot), "utf8"));
    return matches(state, SCHEMA) && state.format === CACHE_FORMAT ? state : {};
  } catch {
    return {};
  }
}

export async function writeBuildState(cacheRoot: string, state: Omit<BuildState, "format">): Promise<void> {
  const file = buildStateFile(cacheRoot);
  await fs.ensureDir(cacheRoot);
  await writeFileAtomic(file, `${JSON.stringify({ format: CACHE_FORMAT, ...state }, null, 2)}\n`);
}
