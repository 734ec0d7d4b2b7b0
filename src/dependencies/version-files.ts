import path from "node:path";
import fs from "fs-extra";
import { BuildError } from "../support/errors.js";
import type { PackageManagerName } from "./package-manager.js";

/**
 * The version-file rules of a package manager, checked before the Python version is chosen.
 * uv apps pin their Python in .python-version (what `uv python pin` writes); runtime.txt is refused.
 */
export async function checkVersionFiles(manager: PackageManagerName, buildDir: string, defaultMinor: string): Promise<void> {
  if (manager !== "uv") return;
  const exists = async (name: string) => (await fs.stat(path.join(buildDir, name)).catch(() => undefined))?.isFile() ?? false;
  if (await exists("runtime.txt")) {
    throw new BuildError(
      "The app uses uv and has a runtime.txt, which uv doesn't read.\n" +
        `Delete runtime.txt and pin the Python version the uv way: run 'uv python pin ${defaultMinor}' (or the version you use) and commit .python-version.`,
      { file: "runtime.txt" },
    );
  }
  if (!(await exists(".python-version"))) {
    throw new BuildError(
      "The app uses uv and has no .python-version file, so pyslug can't tell which Python the lock was made for.\n" +
        `Run 'uv python pin ${defaultMinor}' (or the version you use) and commit .python-version.`,
      { file: ".python-version" },
    );
  }
}
