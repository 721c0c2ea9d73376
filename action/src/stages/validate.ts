/** Step 2: the changed files through core/validate (schemas and cross-references), as findings at file:line. */
import type { Finding } from "../../../core/report/index.ts";
import { validateRepository } from "../../../core/validate/index.ts";
import { INVALID_FILE } from "../stage-types.ts";

export async function validateFiles(root: string, files: string[]): Promise<Finding[]> {
  if (files.length === 0) return [];
  const { problems } = await validateRepository(root, files);
  // Advice (an editor schema line, a rollout without a candidate) is a warning: it never fails the check.
  return problems.map((p) => ({ path: p.path, line: p.line, level: p.advisory ? "warning" : "failure", title: p.advisory ? "advice" : INVALID_FILE, message: p.message }));
}
