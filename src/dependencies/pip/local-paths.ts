/** Resolving local paths and `file:` URLs of requirement lines against the app root. */
import fs from "node:fs";
import path from "node:path";

/** Is `target` the app root or inside it? Both must be absolute and canonical. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** App-relative POSIX form of an absolute path inside the app (`.` for the root). */
export function toAppRelative(root: string, target: string): string {
  const rel = path.relative(root, target);
  return rel === "" ? "." : rel.split(path.sep).join("/");
}

/** The path of a `file:` URL (`file:///abs`, `file://localhost/abs`, `file:rel`), or undefined if it names another host. */
export function fileUrlPath(url: string): string | undefined {
  let rest = url.replace(/^file:/i, "").replace(/[?#].*$/, "");
  if (rest.startsWith("//")) {
    const slash = rest.indexOf("/", 2);
    const host = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    if (host !== "" && host.toLowerCase() !== "localhost") return undefined;
    rest = slash < 0 ? "/" : rest.slice(slash);
  }
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** The file system entry at `p`, following symlinks, or undefined. */
export function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** Canonical absolute path (symlinks resolved) of an existing entry. */
export function realPath(p: string): string {
  return fs.realpathSync.native(p);
}

/** Does the directory contain a Python project pip can build (pyproject.toml or setup.py)? */
export function isInstallableDir(dir: string): boolean {
  return statOf(path.join(dir, "pyproject.toml"))?.isFile() === true || statOf(path.join(dir, "setup.py"))?.isFile() === true;
}

/** Archive extensions pip installs from a path or URL. */
const ARCHIVE_EXTENSIONS = [
  ".zip",
  ".whl",
  ".tar.bz2",
  ".tbz",
  ".tar.gz",
  ".tgz",
  ".tar",
  ".tar.xz",
  ".txz",
  ".tlz",
  ".tar.lz",
  ".tar.lzma",
];

/** Does the name end in an archive extension pip recognises? */
export function isArchiveName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARCHIVE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
