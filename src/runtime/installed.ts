import fg from "fast-glob";

/** PEP 503 normalised name, as `.dist-info` directory names use it with `_` (PEP 491). Pure. */
function distInfoStem(name: string): string {
  return name.replace(/[-_.]+/g, "_").toLowerCase();
}

/**
 * The version of a distribution installed in the Python at `home` (e.g. `.heroku/python`), read from its
 * `.dist-info` directory name without starting Python; undefined when it isn't installed.
 */
export async function installedVersion(home: string, name: string): Promise<string | undefined> {
  const dirs = await fg("lib/python3*/site-packages/*.dist-info", { cwd: home, onlyDirectories: true });
  const stem = distInfoStem(name);
  for (const dir of dirs) {
    const base = dir.slice(dir.lastIndexOf("/") + 1, -".dist-info".length);
    const dash = base.indexOf("-");
    if (dash > 0 && distInfoStem(base.slice(0, dash)) === stem) return base.slice(dash + 1);
  }
  return undefined;
}

/**
 * What site-packages of the Python at `home` lists as installed: distribution metadata, legacy egg links and .pth
 * files, relative and sorted. Two equal listings mean pip installed and removed nothing in between.
 */
export async function installedDistributions(home: string): Promise<string[]> {
  const found = await fg("lib/python3*/site-packages/*.{dist-info,egg-info,egg-link,pth}", { cwd: home, onlyFiles: false, dot: true });
  return found.sort();
}
