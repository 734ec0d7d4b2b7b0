// Validation of `bin/release` output: a YAML map with only the keys the platform knows.
import { parse as parseYaml } from "yaml";

export interface ReleaseInfo {
  addons: string[];
  defaultProcessTypes: Record<string, string>;
  configVars: Record<string, string>;
}

export function emptyRelease(): ReleaseInfo {
  return { addons: [], defaultProcessTypes: {}, configVars: {} };
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Parses bin/release stdout; throws an Error describing why it is not acceptable. */
export function parseReleaseOutput(stdout: string): ReleaseInfo {
  const out = emptyRelease();
  if (stdout.trim() === "") return out;
  let doc: unknown;
  try {
    doc = parseYaml(stdout);
  } catch (err) {
    throw new Error(`bin/release output is not valid YAML: ${(err as Error).message}`);
  }
  if (doc === null || doc === undefined) return out;
  if (!isMap(doc)) throw new Error("bin/release output must be a YAML map");
  for (const [key, value] of Object.entries(doc)) {
    if (value === null) continue;
    switch (key) {
      case "addons":
        if (!Array.isArray(value) || !value.every((a) => typeof a === "string"))
          throw new Error("release: addons must be a list of strings");
        out.addons.push(...value);
        break;
      case "default_process_types":
        if (!isMap(value)) throw new Error("release: default_process_types must be a map");
        for (const [type, cmd] of Object.entries(value)) {
          if (typeof cmd !== "string") throw new Error(`release: default_process_types.${type} must be a string`);
          out.defaultProcessTypes[type] = cmd;
        }
        break;
      case "config_vars":
        if (!isMap(value)) throw new Error("release: config_vars must be a map");
        for (const [k, v] of Object.entries(value)) out.configVars[k] = String(v);
        break;
      default:
        throw new Error(`release: unknown top-level key ${JSON.stringify(key)}`);
    }
  }
  return out;
}

/** Merges the release info of several buildpacks (later ones win per key). */
export function mergeReleases(releases: ReleaseInfo[]): ReleaseInfo {
  const out = emptyRelease();
  for (const r of releases) {
    out.addons.push(...r.addons.filter((a) => !out.addons.includes(a)));
    Object.assign(out.defaultProcessTypes, r.defaultProcessTypes);
    Object.assign(out.configVars, r.configVars);
  }
  return out;
}
