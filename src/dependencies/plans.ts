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

/** The plan of the chosen package manager, for the chosen Python on this platform. */
export async function dependencyPlan(
  manager: PackageManagerName,
  ctx: BuildContext,
  python: ResolvedPython,
  platform: Platform,
  inventory: PythonInventory,
): Promise<DependencyPlan> {
  const target: PlanTarget = {
    python,
    platform,
    supported: [...inventory.supported].reverse().map((minor) => ({ minor, version: inventory.latest[minor]! })),
  };
  switch (manager) {
    case "pip":
      return pipPlan(ctx);
    case "pipenv":
      return pipenvPlan(ctx, target);
    case "poetry":
      return poetryPlan(ctx, target);
    case "uv":
      return uvPlan(ctx, target);
  }
}
