import fs from "fs-extra";
import path from "node:path";
import { parse } from "smol-toml";

/** The Python versions pyslug knows, from inventory/python.toml. */
export interface PythonInventory {
  /** Minor used when nothing asks for one, e.g. "3.14". */
  defaultMinor: string;
  /** Minors that build, oldest first. */
  supported: string[];
  deprecated: string[];
  /** Latest known patch for each supported minor. */
  latest: Record<string, string>;
  /** The pinned pip version. */
  pip: string;
}

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new Error(`inventory/python.toml: '${key}' must be a list of strings`);
  }
  return value;
}

/** Parses the inventory's TOML text. Pure; a broken inventory is a bug in pyslug, not the app's problem. */
export function parsePythonInventory(text: string): PythonInventory {
  const data = parse(text) as Record<string, unknown>;
  const defaultMinor = data["default"];
  if (typeof defaultMinor !== "string") throw new Error("inventory/python.toml: 'default' must be a string");
  const latestTable = data["latest"];
  if (typeof latestTable !== "object" || latestTable === null) throw new Error("inventory/python.toml: missing [latest]");
  const latest: Record<string, string> = {};
  for (const [minor, version] of Object.entries(latestTable)) {
    if (typeof version !== "string" || !version.startsWith(`${minor}.`)) {
      throw new Error(`inventory/python.toml: latest["${minor}"] must be a ${minor}.N version`);
    }
    latest[minor] = version;
  }
  const supported = stringList(data["supported"], "supported");
  for (const minor of [...supported, defaultMinor]) {
    if (!latest[minor]) throw new Error(`inventory/python.toml: no latest version for supported ${minor}`);
  }
  const pip = data["pip"];
  if (typeof pip !== "string" || !/^\d+(\.\d+)+$/.test(pip)) throw new Error("inventory/python.toml: 'pip' must be a version");
  return { defaultMinor, supported, deprecated: stringList(data["deprecated"] ?? [], "deprecated"), latest, pip };
}

export async function loadPythonInventory(buildpackDir: string): Promise<PythonInventory> {
  return parsePythonInventory(await fs.readFile(path.join(buildpackDir, "inventory", "python.toml"), "utf8"));
}
