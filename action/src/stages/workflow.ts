/** Step 6 for one workflow: its eval suite, candidate against baseline. */
import type { WorkflowGate } from "../../../core/report/index.ts";
import type { ModelAccess } from "../stage-types.ts";

export async function evaluateWorkflow(_root: string, workflow: string, _model: ModelAccess): Promise<WorkflowGate> {
  return { workflow, baseline: "production", candidate: "changed", decision: "not_run", comparison: "", notes: ["The eval suite is not wired into this build of the Action yet."] };
}
