import path from "node:path";
import fs from "fs-extra";
import { BuildError } from "../support/errors.js";

/**
 * Refuses what the app's source must not contain, before anything is downloaded. Today: a committed
 * virtualenv (a directory at the app root with a `pyvenv.cfg`, PEP 405's marker). Its `bin/python`
 * points at a Python of the machine it was made on, and its scripts at that machine's paths: nothing
 * in it works on Heroku, and a Procfile that uses it fails only when the dyno starts.
 */
export async function checkAppFiles(buildDir: string): Promise<void> {
  const entries = await fs.readdir(buildDir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory()) continue;
    if (!(await fs.pathExists(path.join(buildDir, entry.name, "pyvenv.cfg")))) continue;
    const dir = entry.name;
    throw new BuildError(
      `The app contains a virtualenv, ${dir}/ (it has a pyvenv.cfg). A virtualenv made on another machine doesn't work on Heroku: ` +
        `its python and scripts point at that machine's paths. pyslug installs the app's dependencies itself, from its dependency files.\n` +
        `Remove it from the repository and ignore it: git rm -r --cached ${dir} && echo '${dir}/' >> .gitignore`,
      { file: `${dir}/pyvenv.cfg` },
    );
  }
}
