/**
 * Step 5b: every affected campaign whose rollout.stage moved in this pull request, checked
 * against the stage order and — for test → production — the test's results, judged by the base
 * commit's criteria. Returns the annotations and the comment sections; core/rollout decides.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkStageMove, loadRolloutAnalysis, stageMoveFinding, stageMoveSection } from "../../../core/rollout/index.ts";
import type { Finding } from "../../../core/report/index.ts";

export interface RolloutGate {
  findings: Finding[];
  /** Markdown evidence per moved campaign, for the comment and the job summary. */
  sections: string[];
}

/** readBase: a repository-relative file (under the copygate root) at the base commit, or null. */
export async function checkRolloutMoves(root: string, campaignDirs: string[], readBase: (path: string) => Promise<string | null>): Promise<RolloutGate> {
  const gate: RolloutGate = { findings: [], sections: [] };
  for (const dir of campaignDirs) {
    const file = join(dir, "campaign.yaml");
    const headText = await readFile(join(root, file), "utf8").catch(() => null);
    if (headText === null) continue; // a deleted campaign has no stage to move
    const check = await checkStageMove({
      campaign: dir.split("/").pop()!,
      file,
      baseText: await readBase(file),
      headText,
      // Results sources (postgres, http) take their connection strings from the step's environment.
      analyze: (criteria) => loadRolloutAnalysis(root, dir, { criteria, env: process.env }),
    });
    if (!check) continue;
    gate.sections.push(stageMoveSection(check));
    const finding = stageMoveFinding(check);
    if (finding) gate.findings.push(finding);
  }
  return gate;
}
