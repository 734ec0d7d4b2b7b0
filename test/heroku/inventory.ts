// Reads the repo's inventory files: the Node version and the Python "latest patch" table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { repoRoot } from "./paths.js";

/** NODE_VERSION from inventory/node.env. */
export function inventoryNodeVersion(root: string = repoRoot): string {
  const text = readFileSync(path.join(root, "inventory", "node.env"), "utf8");
  const match = /^NODE_VERSION=(\S+)\s*$/m.exec(text);
  if (!match?.[1]) throw new Error("inventory/node.env has no NODE_VERSION=");
  return match[1];
}

/** The [latest] table of inventory/python.toml: minor ("3.12") -> latest patch ("3.12.14"). */
export function inventoryPythonLatest(root: string = repoRoot): Record<string, string> {
  const doc = parseToml(readFileSync(path.join(root, "inventory", "python.toml"), "utf8")) as Record<string, unknown>;
  const latest = doc.latest;
  if (!latest || typeof latest !== "object") return {};
  const out: Record<string, string> = {};
  for (const [minor, version] of Object.entries(latest as Record<string, unknown>)) {
    if (typeof version === "string") out[minor] = version;
  }
  return out;
}

/** The pip version pyslug installs (inventory/python.toml `pip`). */
export function inventoryPip(root: string = repoRoot): string {
  const doc = parseToml(readFileSync(path.join(root, "inventory", "python.toml"), "utf8")) as Record<string, unknown>;
  if (typeof doc.pip !== "string") throw new Error("inventory/python.toml has no pip version");
  return doc.pip;
}
