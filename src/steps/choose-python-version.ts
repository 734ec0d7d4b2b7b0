import path from "node:path";
import fs from "fs-extra";
import semver from "semver";
import type { BuildContext } from "../context.js";
import { BuildError } from "../support/errors.js";
import type { PythonInventory } from "../runtime/inventory.js";
import {
  parsePythonVersionFile,
  parseRuntimeTxt,
  requestFromPipfileLock,
  resolvePythonVersion,
  type ResolvedPython,
  type VersionRequest,
} from "../runtime/version.js";

async function readIfFile(file: string): Promise<string | undefined> {
  try {
    if (!(await fs.stat(file)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return fs.readFile(file, "utf8");
}

/** Reads and parses Pipfile.lock; invalid JSON is the app's error, with the position. */
export async function readPipfileLock(buildDir: string): Promise<unknown> {
  const text = await readIfFile(path.join(buildDir, "Pipfile.lock"));
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw new BuildError(
      `Pipfile.lock isn't valid JSON${line ? ` (line ${line})` : ""}: ${(error as Error).message}.\n` +
        "Regenerate it with 'pipenv lock' and commit the result; don't edit it by hand.",
      { file: "Pipfile.lock", line },
    );
  }
}

/** The app's version request, highest precedence first (see README). */
export async function findVersionRequest(
  buildDir: string,
  previousMinor: string | undefined,
  inventory: PythonInventory,
): Promise<VersionRequest> {
  const runtimeTxt = await readIfFile(path.join(buildDir, "runtime.txt"));
  if (runtimeTxt !== undefined) return parseRuntimeTxt(runtimeTxt);
  const versionFile = await readIfFile(path.join(buildDir, ".python-version"));
  if (versionFile !== undefined) return parsePythonVersionFile(versionFile);
  const fromLock = requestFromPipfileLock(await readPipfileLock(buildDir));
  if (fromLock) return fromLock;
  if (previousMinor) return { spec: previousMinor, origin: "previous build" };
  return { spec: inventory.defaultMinor, origin: "default" };
}

export async function choosePythonVersion(
  ctx: BuildContext,
  inventory: PythonInventory,
  previousMinor: string | undefined,
): Promise<ResolvedPython> {
  const request = await findVersionRequest(ctx.buildDir, previousMinor, inventory);
  const python = resolvePythonVersion(request, inventory);
  const { log } = ctx;
  const from =
    request.origin === "default"
      ? "the default, no version requested"
      : request.origin === "previous build"
        ? "the version of the previous build"
        : request.origin;
  log.info(`Python ${python.version} (from ${from}${python.patchChosen && request.origin !== "default" ? `: ${request.spec}` : ""})`);

  if (request.origin === "runtime.txt") {
    log.warn("runtime.txt is deprecated.\n" + `Delete it and create a .python-version file containing: ${python.minor}`);
  }
  if (request.origin === "default" || request.origin === "previous build") {
    log.warn(
      "No Python version was requested.\n" +
        `Add a .python-version file containing ${python.minor} so every build uses the Python you develop with.`,
    );
  }
  if (inventory.deprecated.includes(python.minor)) {
    log.warn(`Python ${python.minor} is close to end of life. Plan the upgrade to ${inventory.defaultMinor}.`);
  }
  const latest = inventory.latest[python.minor];
  if (!python.patchChosen && latest && semver.lt(python.version, latest)) {
    log.info(`A newer patch of Python ${python.minor} exists: ${latest}. Asking for ${python.minor} gets it automatically.`);
  }
  return python;
}
