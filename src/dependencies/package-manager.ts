import path from "node:path";
import fs from "fs-extra";
import { BuildError } from "../support/errors.js";

export type PackageManagerName = "pip" | "pipenv";

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Which package manager the app uses, from the files at its root; anything ambiguous is an error. */
export async function choosePackageManager(buildDir: string): Promise<PackageManagerName> {
  const has = async (name: string) => isFile(path.join(buildDir, name));
  const [requirements, pipfile, lock] = await Promise.all([has("requirements.txt"), has("Pipfile"), has("Pipfile.lock")]);
  if (requirements && (pipfile || lock)) {
    const pipenvFiles = [pipfile && "Pipfile", lock && "Pipfile.lock"].filter(Boolean).join(" and ");
    throw new BuildError(
      `The app has both requirements.txt and ${pipenvFiles}, so pyslug can't tell whether to use pip or Pipenv.\n` +
        `Keep one: delete requirements.txt to install from Pipfile.lock, or delete ${pipenvFiles} to install with pip.`,
      { file: "requirements.txt" },
    );
  }
  if (requirements) return "pip";
  if (lock) {
    if (!pipfile) {
      throw new BuildError("The app has a Pipfile.lock but no Pipfile.\nCommit the Pipfile that the lock was made from.", {
        file: "Pipfile",
      });
    }
    return "pipenv";
  }
  if (pipfile) {
    throw new BuildError(
      "The app has a Pipfile but no Pipfile.lock.\n" +
        "pyslug installs exactly what a lock file says. Run 'pipenv lock' and commit Pipfile.lock.",
      { file: "Pipfile" },
    );
  }
  throw new BuildError(
    "The app has no dependency file: pyslug looks for requirements.txt (pip) or Pipfile.lock (Pipenv) at its root.\n" +
      "Add one. If the app needs no packages, commit an empty requirements.txt.",
  );
}
