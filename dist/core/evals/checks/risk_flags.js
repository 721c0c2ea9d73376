import { stringList } from "../text.js";
/** The model's own risk flags: any flag sends the draft to a reviewer instead of auto-approval. */
export const riskFlags = {
    label: "Risk flags",
    owner: "safety",
    channels: "all",
    run(draft) {
        const flags = stringList(draft, "risk_flags").filter((f) => f.trim() !== "");
        if (flags.length === 0)
            return { status: "pass", message: "The model raised no risk flags." };
        return {
            status: "warn",
            message: `The model raised ${flags.length} risk flag${flags.length === 1 ? "" : "s"} ("${flags[0]}"); a reviewer must look before approval.`,
            evidence: flags,
        };
    },
};
