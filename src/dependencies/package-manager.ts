import path from "node:path";
import fs from "fs-extra";
import { BuildError } from "../support/errors.js";

export type PackageManagerName = "pip" | "pipenv" | "poetry" | "uv";

/** The file that selects each package manager, as the log and errors name them. */
export const DEPENDENCY_FILES: readonly { file: string; manager: PackageManagerName; tool: string }[] = [
  { file: "requirements.txt", manager: "pip", tool: "pip" },
  { file: "Pipfile.lock", manager: "pipenv", tool: "Pipenv" },
  { file: "poetry.lock", manager: "poetry", tool: "Poetry" },
  { file: "uv.lock", manager: "uv", tool: "uv" },
];

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

function listOfFiles(): string {
  const names = DEPENDENCY_FILES.map((d) => `${d.file} (${d.tool})`);
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** Which package manager the app uses, from the files at its root; anything ambiguous is an error. */
export async function choosePackageManager(buildDir: string): Promise<PackageManagerName> {
  const has = async (name: string) => isFile(path.join(buildDir, name));
  const [pipfile, pyproject, ...present] = await Promise.all([
    has("Pipfile"),
    has("pyproject.toml"),
    ...DEPENDENCY_FILES.map((d) => has(d.file)),
  ]);
  const found = DEPENDENCY_FILES.filter((_, i) => present[i]);
  if (found.length > 1) {
    throw new BuildError(
      "The app has several dependency files, so pyslug can't tell which package manager to use:\n" +
        found.map((d) => `  ${d.file} (${d.tool})`).join("\n") +
        "\nKeep the one you use and delete the others.",
      { file: found[0]!.file },
    );
  }
  const chosen = found[0]?.manager;
  if (chosen === "pip" && pipfile) {
    throw new BuildError(
      "The app has both requirements.txt and Pipfile, so pyslug can't tell whether to use pip or Pipenv.\n" +
        "Keep one: delete requirements.txt and commit Pipfile.lock to install with Pipenv's lock, or delete Pipfile to install with pip.",
      { file: "requirements.txt" },
    );
  }
  if (chosen === "pipenv" && !pipfile) {
    throw new BuildError("The app has a Pipfile.lock but no Pipfile.\nCommit the Pipfile that the lock was made from.", {
      file: "Pipfile",
    });
  }
  if ((chosen === "uv" || chosen === "poetry") && !pyproject) {
    const lock = found[0]!;
    throw new BuildError(
      `The app has ${lock.file} but no pyproject.toml.\nCommit the pyproject.toml that ${lock.file} was made from, next to it at the app's root.`,
      { file: "pyproject.toml" },
    );
  }
  if (chosen) return chosen;
  if (pipfile) {
    throw new BuildError(
      "The app has a Pipfile but no Pipfile.lock.\n" +
        "pyslug installs exactly what a lock file says. Run 'pipenv lock' and commit Pipfile.lock.",
      { file: "Pipfile" },
    );
  }
  if (pyproject) {
    throw new BuildError(
      `The app has no dependency file: pyslug looks for ${listOfFiles()} at its root.\n` +
        "pyproject.toml alone pins nothing. Run 'uv lock' (or 'poetry lock') and commit the lock file.",
      { file: "pyproject.toml" },
    );
  }
  throw new BuildError(
    `The app has no dependency file: pyslug looks for ${listOfFiles()} at its root.\n` +
      "Add one. If the app needs no packages, commit an empty requirements.txt.",
  );
}
