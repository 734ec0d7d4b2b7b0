// Reads the repo's inventory files: the Node version, and python.toml through pyslug's own reader.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePythonInventory } from "../../src/runtime/inventory.js";
import { repoRoot } from "./paths.js";

/** NODE_VERSION from inventory/node.env. */
export function inventoryNodeVersion(root: string = repoRoot): string {
  const text = readFileSync(path.join(root, "inventory", "node.env"), "utf8");
  const match = /^NODE_VERSION=(\S+)\s*$/m.exec(text);
  if (!match?.[1]) throw new Error("inventory/node.env has no NODE_VERSION=");
  return match[1];
}

/** The [latest] table of inventory/python.toml: minor ("3.12") -> latest patch ("3.12.14"), read as pyslug reads it. */
export function inventoryPythonLatest(root: string = repoRoot): Record<string, string> {
  return pythonInventory(root).latest;
}

/** The pip version pyslug installs (inventory/python.toml `pip`). */
export function inventoryPip(root: string = repoRoot): string {
  return pythonInventory(root).pip;
}

function pythonInventory(root: string) {
  return parsePythonInventory(readFileSync(path.join(root, "inventory", "python.toml"), "utf8"));
}
