import { parseArgs } from "node:util";
import { formatReport, loadCheckContext, readDraftFile, reportJson, routeApproval, runChecks, stripAnnotations } from "../../core/evals/index.js";
import { assertCampaignValid } from "../../core/pipeline/index.js";
const USAGE = "usage: copygate check <campaign-dir> --draft <file.json> [--json] [--usage <usage summary>] [--crm-notes <text>]\n";
/** `copygate check`: the campaign's evals on one draft; exit 0 when it passes, 1 otherwise. */
export async function run(args, io) {
    let parsed;
    try {
        parsed = parseArgs({
            args,
            allowPositionals: true,
            options: {
                draft: { type: "string" },
                json: { type: "boolean" },
                usage: { type: "string" },
                "crm-notes": { type: "string", multiple: true },
                help: { type: "boolean", short: "h" },
            },
        });
    }
    catch (error) {
        io.stderr(`copygate check: ${error.message.split(". ")[0]}\n${USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (positionals.length !== 1 || !values.draft) {
        io.stderr(`copygate check: expected one campaign directory and --draft <file.json>\n${USAGE}`);
        return 2;
    }
    await assertCampaignValid(io.cwd, positionals[0]);
    const { campaign, ctx } = await loadCheckContext(io.cwd, positionals[0], { usageSummary: values.usage, crmNotes: values["crm-notes"] });
    // "_"-prefixed fields annotate a draft file (notes, expected results); they are not copy.
    const draft = stripAnnotations(await readDraftFile(io.cwd, values.draft));
    const report = runChecks(draft, ctx, campaign.evals === "default" ? undefined : campaign.evals);
    io.stdout(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : formatReport(report, routeApproval(report, campaign.approval)));
    return report.verdict === "pass" ? 0 : 1;
}
