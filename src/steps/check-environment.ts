import { BuildError } from "../support/errors.js";

/** Would make pip install somewhere other than .heroku/python: refused. */
const REFUSED = ["PIP_TARGET", "PIP_PREFIX", "PIP_ROOT", "PIP_USER", "PIP_REQUIRE_VIRTUALENV", "PYTHONUSERBASE"];
/** Would point the build's Python at another installation: removed, with a warning. */
const REMOVED = ["PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"];

export interface CheckedEnvironment {
  env: NodeJS.ProcessEnv;
  warnings: string[];
}

/**
 * Checks the environment compile inherited: the platform's, earlier buildpacks' `export` files,
 * and on Dokku the app's config vars. Pure: returns the cleaned environment and what to warn about.
 */
export function checkBuildEnvironment(env: NodeJS.ProcessEnv): CheckedEnvironment {
  const refused = REFUSED.filter((name) => env[name] !== undefined && env[name] !== "");
  if (refused.length > 0) {
    throw new BuildError(
      `${refused.join(", ")} ${refused.length === 1 ? "is" : "are"} set in the build environment, which would make pip install ` +
        "the app's dependencies outside .heroku/python, where the app couldn't find them.\n" +
        "Unset it: it comes from a config var (on Dokku, config vars reach the build) or from an earlier buildpack's export file.",
    );
  }
  const cleaned = { ...env };
  const warnings: string[] = [];
  for (const name of REMOVED) {
    if (cleaned[name] === undefined) continue;
    delete cleaned[name];
    warnings.push(`${name} was set in the build environment (by an earlier buildpack or a config var); pyslug ignores it while building.`);
  }
  return { env: cleaned, warnings };
}
