import type { BuildContext } from "../../context.js";
import { BuildError } from "../../support/errors.js";
import type { DependencyPlan, PlanTarget } from "../plan.js";

/** poetry.lock: not installed yet (the Poetry plan replaces this). */
export async function poetryPlan(_ctx: BuildContext, _target: PlanTarget): Promise<DependencyPlan> {
  throw new BuildError(
    "pyslug doesn't install poetry.lock yet.\nUntil it does, export the lock with 'poetry export -f requirements.txt -o requirements.txt' and commit requirements.txt instead of poetry.lock.",
    { file: "poetry.lock" },
  );
}
