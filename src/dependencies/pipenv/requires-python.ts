import { BuildError } from "../../support/errors.js";
import { isRecord } from "./lock-file.js";
import type { PipfileData } from "./pipfile-hash.js";

/** What chose the build's Python, as the log names it: a file (".python-version") or a reason ("the default"). */
export interface ChosenPython {
  version: string;
  origin: string;
}

function originText(origin: string): string {
  if (origin === "default") return "pyslug's default, as no version was requested";
  if (origin === "previous build") return "the previous build's version";
  return origin;
}

/**
 * The Pipfile's `[requires]` python_full_version (exact) or python_version (major.minor) must be the
 * chosen Python, as `pipenv install --deploy` refuses to install otherwise. Pure; throws BuildError.
 */
export function checkRequiresPython(pipfile: PipfileData, chosen: ChosenPython, file = "Pipfile"): void {
  const requires = isRecord(pipfile["requires"]) ? pipfile["requires"] : {};
  const full = scalarText(requires["python_full_version"]);
  const minor = scalarText(requires["python_version"]);
  const [key, wanted] = full ? ["python_full_version", full] : minor ? ["python_version", minor] : [];
  if (key === undefined || wanted === undefined) return;
  const have = key === "python_full_version" ? chosen.version : chosen.version.split(".").slice(0, 2).join(".");
  const want = key === "python_full_version" ? wanted : wanted.split(".").slice(0, 2).join(".");
  if (have === want) return;
  const from = originText(chosen.origin);
  throw new BuildError(
    `${file} requires Python ${wanted} ([requires] ${key} = "${wanted}"), but the build uses Python ${chosen.version}, chosen by ${from}.\n` +
      `pipenv install --deploy refuses this, and so does pyslug. Make them agree: change ${key} in ${file} (then run 'pipenv lock')` +
      (chosen.origin === "default" || chosen.origin === "previous build"
        ? ", or add a .python-version file."
        : `, or the version in ${chosen.origin}.`),
    { file },
  );
}

/** A TOML string or number as written (`python_version = 3.12` is a float to TOML); anything else is absent. */
function scalarText(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}
