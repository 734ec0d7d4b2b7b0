// Builds Heroku-style CPython runtime archives from this machine's pyenv builds:
// archive root = the install prefix (bin/ lib/ include/), no RUNPATH, empty site-packages.
import { statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { exists, publishDir, randomHex, sha256File, sha256Text, withLock } from "./fs-util.js";
import { cacheRoot, pyenvRoot } from "./paths.js";
import { run, runOrThrow, shq } from "./shell.js";

/** Bump when the recipe changes, so cached archives are rebuilt. */
const RECIPE = "python-archive-1";

export type PythonArchiveFormat = "tar.zst" | "tar.gz";

export interface PythonArchive {
  /** The local (pyenv) version the archive was built from, e.g. 3.12.1. */
  version: string;
  file(format: PythonArchiveFormat): string;
  sha256(format: PythonArchiveFormat): string;
}

/** CPython versions (X.Y.Z) installed under pyenv on this machine. */
export async function localPythonVersions(): Promise<string[]> {
  const dir = path.join(pyenvRoot(), "versions");
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => /^\d+\.\d+\.\d+$/.test(n)).sort(compareVersions);
}

/** The pyenv prefix of a local version. */
export function pyenvPrefix(version: string): string {
  return path.join(pyenvRoot(), "versions", version);
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Resolves "3.12" or "3.12.1" to an installed local version, or undefined. */
export async function resolveLocalPython(spec: string): Promise<string | undefined> {
  const versions = await localPythonVersions();
  if (versions.includes(spec)) return spec;
  if (/^\d+\.\d+$/.test(spec)) return versions.filter((v) => v.startsWith(`${spec}.`)).at(-1);
  return undefined;
}

const inFlight = new Map<string, Promise<PythonArchive>>();

/** Builds (or reuses from .cache/python/) the runtime archives of a local pyenv version. */
export function buildPythonArchive(version: string): Promise<PythonArchive> {
  let p = inFlight.get(version);
  if (!p) {
    p = buildOnce(version);
    p.catch(() => inFlight.delete(version));
    inFlight.set(version, p);
  }
  return p;
}

async function buildOnce(version: string): Promise<PythonArchive> {
  const prefix = pyenvPrefix(version);
  const minor = version.split(".").slice(0, 2).join(".");
  const exe = path.join(prefix, "bin", `python${minor}`);
  if (!(await exists(exe))) throw new Error(`no local CPython ${version} (looked for ${exe})`);
  // Rebuild when the source install changes.
  const fingerprint = [
    RECIPE,
    prefix,
    ...[exe, ...(await fg("lib/libpython*", { cwd: prefix, absolute: true }))].map((f) => {
      const st = statSync(f);
      return `${f}:${st.size}:${st.mtimeMs}`;
    }),
  ].join("\n");
  const key = `${version}-${sha256Text(fingerprint).slice(0, 12)}`;
  const dir = path.join(cacheRoot, "python", key);
  const done = path.join(dir, "SHA256SUMS");
  if (!(await exists(done))) {
    await withLock(path.join(cacheRoot, "python", `${key}.lock`), async () => {
      if (await exists(done)) return;
      await assemble(prefix, minor, dir);
    });
  }
  const sums = new Map<string, string>();
  for (const line of (await fs.readFile(done, "utf8")).split("\n")) {
    const [hex, name] = line.split(/\s+/);
    if (hex && name) sums.set(name, hex);
  }
  return {
    version,
    file: (format) => path.join(dir, `python.${format}`),
    sha256: (format) => {
      const hex = sums.get(`python.${format}`);
      if (!hex) throw new Error(`no sha256 for python.${format}`);
      return hex;
    },
  };
}

async function assemble(prefix: string, minor: string, dir: string): Promise<void> {
  const staging = `${dir}.tmp-${randomHex()}`;
  const tree = path.join(staging, "tree");
  try {
    await fs.mkdir(staging, { recursive: true });
    await runOrThrow("cp", ["-a", `${prefix}/.`, tree]);
    const stdlib = path.join(tree, "lib", `python${minor}`);
    // Empty site-packages (keep the dir); drop the test suite and tools Heroku drops.
    const site = path.join(stdlib, "site-packages");
    await fs.rm(site, { recursive: true, force: true });
    await fs.mkdir(site);
    for (const rel of ["test", "idlelib/idle_test", "tkinter/test"]) {
      await fs.rm(path.join(stdlib, rel), { recursive: true, force: true });
    }
    for (const f of await fg(["idle*", "pydoc*", "2to3*", "pip*"], { cwd: path.join(tree, "bin"), absolute: true, onlyFiles: false })) {
      await fs.rm(f, { recursive: true, force: true });
    }
    // Remove RUNPATH/RPATH so the interpreter really needs LD_LIBRARY_PATH (like Heroku's builds).
    const elves = [
      path.join(tree, "bin", `python${minor}`),
      ...(await fg(["lib/lib*.so*", `lib/python${minor}/lib-dynload/*.so`], { cwd: tree, absolute: true, followSymbolicLinks: false })),
    ];
    for (const f of elves) {
      if ((await fs.lstat(f)).isSymbolicLink()) continue;
      await runOrThrow("patchelf", ["--remove-rpath", f]);
    }
    const zst = path.join(staging, "python.tar.zst");
    const gz = path.join(staging, "python.tar.gz");
    const tarCmd = `tar --sort=name --owner=0 --group=0 --numeric-owner -C ${shq(tree)} -cf - .`;
    await Promise.all([
      runOrThrow("bash", ["-o", "pipefail", "-c", `${tarCmd} | zstd -T0 -q -o ${shq(zst)}`]),
      runOrThrow("bash", ["-o", "pipefail", "-c", `${tarCmd} | gzip -n -6 > ${shq(gz)}`]),
    ]);
    await fs.rm(tree, { recursive: true, force: true });
    const sums = await Promise.all([zst, gz].map(async (f) => `${await sha256File(f)}  ${path.basename(f)}`));
    await fs.writeFile(path.join(staging, "SHA256SUMS"), `${sums.join("\n")}\n`);
    await publishDir(staging, dir);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Whether an ELF file still has an RPATH/RUNPATH entry (via patchelf --print-rpath). */
export async function hasRunpath(file: string): Promise<boolean> {
  const res = await run("patchelf", ["--print-rpath", file]);
  if (res.exitCode !== 0) throw new Error(`patchelf --print-rpath ${file}: ${res.output}`);
  return res.stdout.trim() !== "";
}
