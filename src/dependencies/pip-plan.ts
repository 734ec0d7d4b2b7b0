import path from "node:path";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { describeChanges, readRequirements, snapshotOf, type RequirementsSnapshot } from "./pip/requirements-file.js";
import { installLines, pip, vcsCheckoutArgs } from "./pip-runner.js";
import { incrementalChange, localReinstallLines, requirementName } from "./pip/incremental.js";
import { readTestRequirements, TEST_REQUIREMENTS, withTestRequirements } from "./test-requirements.js";
import { isPinnedVcs, requestedFromReport, type DependencyPlan } from "./plan.js";

/** requirements.txt, installed with pip. */
export async function pipPlan(ctx: BuildContext): Promise<DependencyPlan> {
  const main = await readRequirements(ctx.buildDir, "requirements.txt");
  const test = await readTestRequirements(ctx);
  const set = test ? withTestRequirements(main, test) : main;
  for (const warning of set.warnings) ctx.log.warn(`${warning.source.file}, line ${warning.source.line}: ${warning.message}`);
  const snapshot = snapshotOf(set);
  const files = ["-r", "requirements.txt", ...(test ? ["-r", TEST_REQUIREMENTS] : [])];
  const named = set.requirements.map(requirementName).filter((n): n is string => n !== undefined);
  return {
    manager: "pip",
    label: test
      ? `requirements.txt and ${TEST_REQUIREMENTS}`
      : set.files.length > 1
        ? `requirements.txt (+ ${set.files.length - 1} included)`
        : "requirements.txt",
    fingerprint: set.fingerprint,
    snapshot,
    describeChanges: (saved) => describeChanges(saved as RequirementsSnapshot | undefined, set),
    localPackages: set.requirements.filter((r) => r.kind === "local-path").map((r) => ({ path: r.path ?? ".", editable: r.editable })),
    incrementalChange: () => incrementalChange(set, ctx.buildDir),
    unprovable: set.requirements.filter((r) => r.kind === "vcs" && !isPinnedVcs(r.url ?? "")).map((r) => r.text),
    async install(run, scratch) {
      const report = path.join(scratch, "pip-report.json");
      await pip(
        run,
        ["install", ...files, ...vcsCheckoutArgs(ctx), "--exists-action", "w", "--report", report],
        "Installing the packages of requirements.txt",
      );
      return { required: [...named, ...requestedFromReport(await fs.readJson(report))] };
    },
    async reinstallLocal(run, packages, scratch) {
      const found = localReinstallLines(
        set,
        ctx.buildDir,
        packages.map((p) => p.path),
      );
      if ("reason" in found) return found;
      return installLines(run, scratch, { requirements: found.lines }, [], "Reinstalling local packages");
    },
  };
}
