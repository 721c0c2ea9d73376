/**
 * `copygate rollout shadow <campaign-dir>`: the candidate generates beside the copy the team sent;
 * the side-by-side report goes to stdout or --out. drafts.json is not touched and nothing is
 * published; the generation leaves its trace like any other run.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { chooseClock } from "../../core/contract/index.ts";
import { loadCheckContext } from "../../core/evals/index.ts";
import { assertCampaignValid, loadCampaignContext, modelName, runGeneration } from "../../core/pipeline/index.ts";
import { assignmentText, compareShadow, loadRolloutContext, loadSentCopy, planAssignment, shadowMarkdown } from "../../core/rollout/index.ts";
import { appendTrace } from "../../core/trace/index.ts";
import type { CommandIo } from "../main.ts";
import { openModelEndpoint } from "../lib/modelEndpoint.ts";

export async function shadow(dir: string, options: { out?: string; now?: Date }, io: CommandIo): Promise<number> {
  const root = io.cwd;
  await assertCampaignValid(root, dir);
  const rollout = await loadRolloutContext(root, dir);
  const { origin, sent } = await loadSentCopy(root, dir, rollout.rollout, { env: io.env });
  // The campaign as it would run on the candidate: same brief, data and policies, the candidate's prompt.
  const context = await loadCampaignContext(root, dir);
  const pinned = `${rollout.campaign.workflow}@${rollout.candidate}`;
  const candidateContext = { ...context, campaign: { ...context.campaign, prompt: pinned }, prompt: context.registry.resolve(pinned) };
  const clock = await chooseClock(root, context.campaign, options.now);
  const endpoint = await openModelEndpoint({ cwd: root, env: io.env, judgeModel: modelName(candidateContext.prompt), simulator: { port: 0 } });
  try {
    const run = await runGeneration({ root, campaignDir: dir, context: candidateContext, now: clock.now, generator: endpoint.generator, judge: endpoint.judge });
    await appendTrace(root, run.trace);
    if (!run.drafts) {
      io.stderr(`copygate rollout shadow: generation stopped before any model call: ${run.freshness.notes.join("; ") || run.freshness.decision}\n`);
      return 1;
    }
    const { campaign, ctx } = await loadCheckContext(root, dir);
    const pairs = compareShadow({
      sent,
      candidate: run.drafts.variants.map((v) => ({ audience: v.audience.key, content: v.content as Record<string, unknown> })),
      ctx,
      checkIds: campaign.evals === "default" ? undefined : campaign.evals,
    });
    const markdown = shadowMarkdown({ campaign: campaign.id, candidate: rollout.candidate, production: rollout.production, origin, generatedBy: endpoint.description, pairs });
    if (options.out) {
      await writeFile(resolve(root, options.out), markdown);
      io.stdout(`wrote ${options.out}: ${pairs.length} audiences, candidate v${rollout.candidate} beside the sent copy (nothing published)\n`);
    } else io.stdout(markdown);
    return 0;
  } finally {
    await endpoint.close();
  }
}

/** `copygate rollout assign <campaign-dir>`: arm counts; with --out, one JSON line per recipient (ids only, never an email). */
export async function assign(dir: string, options: { out?: string; now?: Date }, io: CommandIo): Promise<number> {
  const root = io.cwd;
  await assertCampaignValid(root, dir);
  const rollout = await loadRolloutContext(root, dir);
  const clock = await chooseClock(root, rollout.campaign, options.now);
  const plan = await planAssignment(root, dir, clock.now, { env: io.env });
  if (options.out) {
    const lines = [...plan.arms].map(([id, arm]) => JSON.stringify({ recipient_id: id, arm, prompt_version: plan.promptVersion[arm] }));
    await writeFile(resolve(root, options.out), lines.length ? `${lines.join("\n")}\n` : "");
  }
  io.stdout(assignmentText(plan) + (options.out ? `wrote ${options.out}: ${plan.arms.size} recipients\n` : ""));
  return 0;
}
