import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { fingerprintOf } from "./pip/fingerprint.js";
import { readRequirements } from "./pip/requirements-file.js";
import type { RequirementSet } from "./pip/types.js";

/** The test dependencies Heroku CI installs for pip apps, after requirements.txt. */
export const TEST_REQUIREMENTS = "requirements-test.txt";

/** True in a Heroku CI build (bin/test-compile): test dependencies are installed too. */
export function installsTestDependencies(ctx: Pick<BuildContext, "env">): boolean {
  return ctx.env["INSTALL_TEST"] === "1";
}

/** requirements-test.txt (and what it includes) in a Heroku CI build that has one; undefined otherwise. */
export async function readTestRequirements(ctx: BuildContext): Promise<RequirementSet | undefined> {
  if (!installsTestDependencies(ctx) || !(await fs.pathExists(path.join(ctx.buildDir, TEST_REQUIREMENTS)))) return undefined;
  return readRequirements(ctx.buildDir, TEST_REQUIREMENTS);
}

/** Both files as one specification: pip installs them in one run, so one fingerprint covers both. Pure. */
export function withTestRequirements(main: RequirementSet, test: RequirementSet): RequirementSet {
  const canonical = `${main.canonical}\n-r ${TEST_REQUIREMENTS}\n${test.canonical}`;
  return {
    ...main,
    requirements: [...main.requirements, ...test.requirements],
    constraints: [...main.constraints, ...test.constraints],
    files: [...main.files, ...test.files.filter((f) => !main.files.some((m) => m.path === f.path))],
    envVars: [...new Set([...main.envVars, ...test.envVars])],
    warnings: [...main.warnings, ...test.warnings],
    canonical,
    fingerprint: fingerprintOf(canonical),
  };
}
