/** The stage-move evidence for the PR comment and the job summary, and its annotation. */
import type { Finding } from "../report/types.ts";
import { analysisMarkdown } from "./format.ts";
import type { StageMoveCheck } from "./move.ts";
import { STAGE_MEANING } from "./stages.ts";

export function stageMoveSection(check: StageMoveCheck): string {
  const move = `${check.from ?? "new"} → ${check.to}`;
  const parts = [`### Rollout \`${check.campaign}\`: ${move} — ${check.verdict}`, `${check.verdict === "allowed" ? "Allowed" : "Blocked"}: ${check.reason}. ${capital(check.to)}: ${STAGE_MEANING[check.to]}.`];
  if (check.analysis) parts.push(analysisMarkdown(check.analysis));
  return parts.join("\n\n");
}

/** A blocked move is a failure annotated on rollout.stage; an allowed one needs no annotation. */
export function stageMoveFinding(check: StageMoveCheck): Finding | null {
  if (check.verdict === "allowed") return null;
  return { path: check.file, line: check.line, level: "failure", title: "rollout stage", message: `${check.from ?? "new"} → ${check.to} is blocked: ${check.reason}` };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
