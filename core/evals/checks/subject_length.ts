import type { Check } from "../types.ts";
import { charCount, normalizeCopy, rawStringList, visibleText } from "../text.ts";

/** Subject lines: within the channel's length and free of exclamation marks (brand rule). */
export const subjectLength: Check = {
  label: "Subject line length",
  owner: "channel",
  channels: ["email"],
  run(draft, ctx) {
    if (ctx.channel.kind !== "email") return { status: "skipped", message: "Not an email channel." };
    const max = ctx.channel.subject_max_chars;
    const exclamationMax = ctx.policies.brand.punctuation.subject_exclamation_max;
    // Length in the characters a reader sees ("…" stays one); exclamation marks as a reader sees them ("！" too).
    const subjects = rawStringList(draft, "subject_lines");
    if (subjects.length === 0) return { status: "fail", message: "The draft has no subject lines; add them." };
    const problems: string[] = [];
    const evidence: string[] = [];
    subjects.forEach((subject, i) => {
      const length = charCount(visibleText(subject));
      if (length > max) {
        problems.push(`subject line ${i + 1} is ${length} characters (at most ${max})`);
        evidence.push(subject);
      }
      const marks = normalizeCopy(subject).split("!").length - 1;
      if (marks > exclamationMax) {
        problems.push(`subject line ${i + 1} has an exclamation mark`);
        if (!evidence.includes(subject)) evidence.push(subject);
      }
    });
    if (problems.length === 0) {
      return { status: "pass", message: `All ${subjects.length} subject lines are at most ${max} characters, without exclamation marks.` };
    }
    const first = problems[0] ?? "";
    return {
      status: "fail",
      message: `${first.charAt(0).toUpperCase()}${first.slice(1)}${problems.length > 1 ? `, and ${problems.slice(1).join(", and ")}` : ""}; shorten or reword it.`,
      evidence,
    };
  },
};
