import path from "node:path";
import fs from "fs-extra";
import semver from "semver";
import type { BuildContext } from "../context.js";
import { BuildError } from "../support/errors.js";
import { readAppText, SIZE_LIMITS } from "../support/text-file.js";
import { readPipfileLock } from "../dependencies/pipenv/lock-file.js";
import type { PythonInventory } from "../runtime/inventory.js";
import {
  parsePythonVersionFile,
  parseRuntimeTxt,
  requestFromPipfileLock,
  resolvePythonVersion,
  type ResolvedPython,
  type VersionRequest,
} from "../runtime/version.js";

/** The text of an app file, or undefined when there is no such file. */
async function readIfFile(buildDir: string, file: string): Promise<string | undefined> {
  const abs = path.join(buildDir, file);
  try {
    if (!(await fs.stat(abs)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return readAppText(abs, file, SIZE_LIMITS.version);
}

/** Names people give `.python-version` (or `runtime.txt`) by mistake: pyslug would silently ignore them. */
const MISSPELLED_VERSION_FILES: Record<string, string> = {
  ".python_version": ".python-version",
  "python-version": ".python-version",
  python_version: ".python-version",
  ".python-version.txt": ".python-version",
  ".python-versions": ".python-version",
  ".pythonversion": ".python-version",
  ".python-verison": ".python-version",
  "runtime.text": ".python-version",
  "Runtime.txt": ".python-version",
  "runtime.txt.txt": ".python-version",
};

/** A misspelled version file means the app asks for a version pyslug would never see: refuse it. */
async function refuseMisspelledVersionFile(buildDir: string): Promise<void> {
  for (const [wrong, right] of Object.entries(MISSPELLED_VERSION_FILES)) {
    const stat = await fs.lstat(path.join(buildDir, wrong)).catch(() => undefined);
    if (!stat) continue;
    throw new BuildError(
      `The app has a file named ${wrong}, which pyslug doesn't read: did you mean ${right}?\n` +
        `Rename it: git mv ${wrong} ${right} (it holds one line such as 3.13).`,
      { file: wrong },
    );
  }
}

/** The app's version request, highest precedence first (see README). */
export async function findVersionRequest(
  buildDir: string,
  previousMinor: string | undefined,
  inventory: PythonInventory,
): Promise<VersionRequest> {
  const runtimeTxt = await readIfFile(buildDir, "runtime.txt");
  if (runtimeTxt !== undefined) return parseRuntimeTxt(runtimeTxt);
  const versionFile = await readIfFile(buildDir, ".python-version");
  if (versionFile !== undefined) return parsePythonVersionFile(versionFile);
  await refuseMisspelledVersionFile(buildDir);
  const fromLock = requestFromPipfileLock((await readPipfileLock(buildDir))?.raw);
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
