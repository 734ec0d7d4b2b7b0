// Builds a Node.js release archive in the official layout (node-vX-linux-ARCH/bin/node)
// from the node binary of the `node-linux-<arch>` npm package, cached in .cache/node/.
import { statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { exists, publishDir, randomHex, sha256File, sha256Text, withLock } from "./fs-util.js";
import { inventoryNodeVersion } from "./inventory.js";
import { cacheRoot, nodeArch, repoRoot } from "./paths.js";
import { runOrThrow, shq } from "./shell.js";

/** Bump when the archive recipe changes, so cached archives are rebuilt. */
const RECIPE = "node-archive-1";

export type NodeArchiveFormat = "tar.xz" | "tar.gz";

export interface NodeArchive {
  version: string;
  /** e.g. node-v24.11.1-linux-x64.tar.xz */
  fileName(format: NodeArchiveFormat): string;
  /** Absolute path of the archive in the cache. */
  file(format: NodeArchiveFormat): string;
  sha256(format: NodeArchiveFormat): string;
}

/** The npm package dir holding the Node binary (node_modules/node-linux-<arch>). */
function nodePackageDir(): string {
  return path.join(repoRoot, "node_modules", `node-linux-${nodeArch()}`);
}

/** Builds (or reuses from the cache) the .tar.xz and .tar.gz archives of the inventory's Node. */
export async function buildNodeArchive(): Promise<NodeArchive> {
  const version = inventoryNodeVersion();
  const pkg = nodePackageDir();
  const binary = path.join(pkg, "bin", "node");
  const st = statSync(binary);
  const key = sha256Text([RECIPE, version, binary, st.size, st.mtimeMs].join("\n")).slice(0, 16);
  const base = `node-v${version}-linux-${nodeArch()}`;
  const dir = path.join(cacheRoot, "node", key);
  if (!(await exists(path.join(dir, "SHA256SUMS")))) {
    await withLock(path.join(cacheRoot, "node", `${key}.lock`), async () => {
      if (await exists(path.join(dir, "SHA256SUMS"))) return;
      await assemble(pkg, base, version, dir);
    });
  }
  const sums = new Map<string, string>();
  for (const line of (await fs.readFile(path.join(dir, "SHA256SUMS"), "utf8")).split("\n")) {
    const [hex, name] = line.split(/\s+/);
    if (hex && name) sums.set(name, hex);
  }
  const fileName = (format: NodeArchiveFormat): string => `${base}.${format}`;
  return {
    version,
    fileName,
    file: (format) => path.join(dir, fileName(format)),
    sha256: (format) => {
      const hex = sums.get(fileName(format));
      if (!hex) throw new Error(`no sha256 for ${fileName(format)}`);
      return hex;
    },
  };
}

async function assemble(pkg: string, base: string, version: string, dir: string): Promise<void> {
  const staging = `${dir}.tmp-${randomHex()}`;
  const tree = path.join(staging, "tree");
  const top = path.join(tree, base);
  try {
    await fs.mkdir(path.join(top, "bin"), { recursive: true });
    await fs.copyFile(path.join(pkg, "bin", "node"), path.join(top, "bin", "node"));
    await fs.chmod(path.join(top, "bin", "node"), 0o755);
    for (const extra of ["LICENSE", "README.md", "CHANGELOG.md", "include", "share"]) {
      const src = path.join(pkg, extra);
      if (await exists(src)) await fs.cp(src, path.join(top, extra), { recursive: true });
    }
    const tarArgs = `--sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C ${shq(tree)} -cf - ${shq(base)}`;
    const xz = path.join(staging, `${base}.tar.xz`);
    const gz = path.join(staging, `${base}.tar.gz`);
    await Promise.all([
      runOrThrow("bash", ["-o", "pipefail", "-c", `tar ${tarArgs} | xz -T0 -2 > ${shq(xz)}`]),
      runOrThrow("bash", ["-o", "pipefail", "-c", `tar ${tarArgs} | gzip -n -6 > ${shq(gz)}`]),
    ]);
    await fs.rm(tree, { recursive: true, force: true });
    const sums = await Promise.all([xz, gz].map(async (f) => `${await sha256File(f)}  ${path.basename(f)}`));
    await fs.writeFile(path.join(staging, "SHA256SUMS"), `${sums.join("\n")}\n`);
    await fs.writeFile(path.join(staging, "VERSION"), `${version}\n`);
    await publishDir(staging, dir);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
