import { BuildError } from "../support/errors.js";
import { MarkerSyntaxError } from "./markers.js";
import type { BuildContext } from "../context.js";
import type { PythonInventory } from "../runtime/inventory.js";
import type { ResolvedPython } from "../runtime/version.js";
import type { Platform } from "../support/platform.js";
import type { PackageManagerName } from "./package-manager.js";
import { pipPlan } from "./pip-plan.js";
import { pipenvPlan } from "./pipenv-plan.js";
import type { DependencyPlan, PlanTarget } from "./plan.js";
import { poetryPlan } from "./poetry/plan.js";
import { uvPlan } from "./uv/plan.js";

/** What the plans install for: the chosen Python on this platform, and the versions the inventory supports. */
export function planTarget(python: ResolvedPython, platform: Platform, inventory: PythonInventory): PlanTarget {
  return {
    python,
    platform,
    supported: [...inventory.supported].reverse().map((minor) => ({ minor, version: inventory.latest[minor]! })),
  };
}

/** The plan of the chosen package manager for `target`. */
export async function dependencyPlan(manager: PackageManagerName, ctx: BuildContext, target: PlanTarget): Promise<DependencyPlan> {
  try {
    switch (manager) {
      case "pip":
        return await pipPlan(ctx);
      case "pipenv":
        return await pipenvPlan(ctx, target);
      case "poetry":
        return await poetryPlan(ctx, target);
      case "uv":
        return await uvPlan(ctx, target);
    }
  } catch (error) {
    // requirements files have their markers checked line by line; a lock's are read as they are evaluated.
    if (!(error instanceof MarkerSyntaxError)) throw error;
    const { file, relock } = LOCKS[manager];
    throw new BuildError(
      `${file} has an environment marker that is not valid PEP 508: ${error.message}. Re-create the lock with \`${relock}\`.`,
      {
        file,
      },
    );
  }
}

const LOCKS: Record<PackageManagerName, { file: string; relock: string }> = {
  pip: { file: "requirements.txt", relock: "pip freeze" },
  pipenv: { file: "Pipfile.lock", relock: "pipenv lock" },
  poetry: { file: "poetry.lock", relock: "poetry lock" },
  uv: { file: "uv.lock", relock: "uv lock" },
};
