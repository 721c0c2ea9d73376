import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CAMPAIGN_DIR, REPO_ROOT } from "../contract/testing/tempRepo.ts";
import { loadCheckContext } from "../evals/index.ts";
import { compareShadow, fieldLength, parseSentCopy, shadowMarkdown } from "./index.ts";

const BODY = "Hi there,\n\nUpgrading keeps every dashboard, query and alert created during the trial.\n\n[Upgrade to Team]\n\nYou can unsubscribe at any time.\nLumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204";

describe("shadow mode", () => {
  it("reads sent copy as { audience, content } or as a source's flat rows", () => {
    expect(parseSentCopy([{ audience: "generic", content: { cta_text: "Upgrade to Team" } }], "sent.json")).toEqual([{ audience: "generic", content: { cta_text: "Upgrade to Team" } }]);
    expect(parseSentCopy([{ audience: "", cta_text: "Upgrade to Team" }], "sources/sent.yaml")).toEqual([{ audience: "generic", content: { cta_text: "Upgrade to Team" } }]);
    expect(() => parseSentCopy(["subject"], "sent.json")).toThrow("sent copy 1 is not an object");
  });

  it("measures lines in characters, lists by their longest item and a body in words", () => {
    expect([fieldLength("Upgrade to Team"), fieldLength(["a", "abcd"]), fieldLength("Hi there,\n\nKeep it all."), fieldLength(3)]).toEqual(["15 chars", "2 × up to 4 chars", "5 words", "—"]);
  });

  it("sets the candidate's drafts beside the one generic email sent to everyone, with the same checks on both", async () => {
    const { ctx } = await loadCheckContext(REPO_ROOT, CAMPAIGN_DIR);
    const drafts = JSON.parse(await readFile(join(REPO_ROOT, CAMPAIGN_DIR, "drafts.json"), "utf8")) as { variants: { audience: { key: string }; content: Record<string, unknown> }[] };
    const admin = drafts.variants.find((v) => v.audience.key === "personalized:admin")!;
    const sent = [{ audience: "generic", content: { subject_lines: ["Your trial ends soon!"], preview_text: "Upgrade to Team and keep everything you built.", email_body: BODY, cta_text: "Upgrade to Team" } }];
    const pairs = compareShadow({ sent, candidate: [{ audience: admin.audience.key, content: admin.content }], ctx });
    expect(pairs.map((p) => [p.audience, p.sentAudience, p.sent?.report.verdict, p.candidate?.report.verdict])).toEqual([
      ["generic", undefined, "fail", undefined],
      ["personalized:admin", "generic", "fail", "pass"],
    ]);
    const markdown = shadowMarkdown({ campaign: "trial-expiration-3d", candidate: 8, production: 7, origin: `${CAMPAIGN_DIR}/sent.json`, generatedBy: "model endpoint: api.openai.com", pairs: pairs.slice(1) });
    expect(markdown).toBe(`## Shadow: \`trial-expiration-3d\` — candidate v8 beside the copy sent with production v7

Nothing was published. Sent copy from campaigns/trial-expiration-3d/sent.json; the candidate's drafts from model endpoint: api.openai.com. Both sides ran the campaign's checks (the output schema applies to model output only and is left out).

### Audience \`personalized:admin\` (sent: the \`generic\` copy)

|                        | Sent                                                                                      | Candidate v8                                                     |
| ---------------------- | ----------------------------------------------------------------------------------------- | ---------------------------------------------------------------- |
| Verdict                | fail                                                                                      | pass                                                             |
| Checks not passing     | Subject line length: fail — Subject line 1 has an exclamation mark; shorten or reword it. | —                                                                |
| Approved claims quoted | keep_work                                                                                 | unlimited_viewers, scheduled_reports                             |
| Length: subject_lines  | 1 × up to 21 chars                                                                        | 3 × up to 44 chars                                               |
| Length: preview_text   | 46 chars                                                                                  | 64 chars                                                         |
| Length: email_body     | 32 words                                                                                  | 108 words                                                        |
| Length: cta_text       | 15 chars                                                                                  | 15 chars                                                         |
| First subject line     | Your trial ends soon!                                                                     | Before your Lumora trial ends                                    |
| Preview text           | Upgrade to Team and keep everything you built.                                            | Upgrading keeps the dashboards and reports you set up in Lumora. |
`);
  });
});
