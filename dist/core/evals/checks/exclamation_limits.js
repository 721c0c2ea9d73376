import { excerpt, findAll, stringField } from "../text.js";
/** At most the brand's number of exclamation marks in the body (subject lines: subject_length). */
export const exclamationLimits = {
    label: "Exclamation marks",
    owner: "brand",
    channels: ["email"],
    run(draft, ctx) {
        const max = ctx.policies.brand.punctuation.body_exclamation_max;
        const body = stringField(draft, "email_body");
        const marks = findAll(/!/g, body);
        if (marks.length <= max)
            return { status: "pass", message: `The body has ${marks.length} exclamation mark${marks.length === 1 ? "" : "s"} (at most ${max}).` };
        return {
            status: "fail",
            message: `The body has ${marks.length} exclamation marks; ${ctx.policies.brand.version} allows at most ${max}, so turn the rest into full stops.`,
            evidence: marks.map((m) => excerpt(body, m.index, 1, 25)),
        };
    },
};
