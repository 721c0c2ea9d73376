import { createRequire as __copygateCreateRequire } from "node:module";
const require = __copygateCreateRequire(import.meta.url);
import {
  InputError,
  campaignSection,
  campaignTable,
  cell,
  escapeHtml,
  markdownTable,
  ruleChangesSection,
  workflowSection,
  workflowTable
} from "./chunk-SNLDFVO7.js";

// core/report/marker.ts
var REPORT_MARKER = "<!-- copygate:report -->";
var COMMENT_LIMIT = 65536;
var JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
function hasReportMarker(body) {
  return typeof body === "string" && body.startsWith(REPORT_MARKER);
}

// core/report/findings.ts
var SEVERITY = { failure: 0, warning: 1, notice: 2 };
var ICON = { failure: "\u26D4", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function groupTitle(path) {
  const campaign = /(?:^|\/)campaigns\/([^/]+)\//.exec(path);
  if (campaign) return `Campaign \`${campaign[1]}\``;
  const workflow = /(?:^|\/)prompts\/([^/]+)\//.exec(path);
  if (workflow) return `Workflow \`${workflow[1]}\``;
  const dataset = /(?:^|\/)datasets\/(?!snapshots\/)([^/]+)\//.exec(path);
  if (dataset) return `Workflow \`${dataset[1]}\``;
  if (/(?:^|\/)policies\//.test(path)) return "Policies";
  if (/(?:^|\/)sources\//.test(path)) return "Sources";
  return "Other files";
}
function groupFindings(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const title = groupTitle(finding.path);
    groups.set(title, [...groups.get(title) ?? [], finding]);
  }
  const worst = (list) => Math.min(...list.map((f) => SEVERITY[f.level]));
  return [...groups.entries()].map(([title, list]) => ({ title, findings: [...list].sort((a, b) => SEVERITY[a.level] - SEVERITY[b.level]) })).sort((a, b) => worst(a.findings) - worst(b.findings) || a.title.localeCompare(b.title));
}
function findingLine(finding) {
  const line = Math.max(1, finding.line);
  return `- ${ICON[finding.level]} \`${finding.path}:${line}\` ${escapeHtml(finding.title)}: ${escapeHtml(finding.message)}`;
}
function findingsList(findings, max, heading2 = `### Findings (${findings.length})`) {
  if (findings.length === 0) return "";
  const parts = [heading2];
  let shown = 0;
  for (const group of groupFindings(findings)) {
    if (shown >= max) break;
    const lines = group.findings.slice(0, max - shown).map(findingLine);
    shown += lines.length;
    parts.push(`**${group.title}**

${lines.join("\n")}`);
  }
  if (shown < findings.length) parts.push(`\u2026and ${findings.length - shown} more in the job summary.`);
  return parts.join("\n\n");
}
function existingList(existing, base, max) {
  if (existing.length === 0) return "";
  const heading2 = `### Already failing on \`${base}\` (${existing.length})

These problems exist on \`${base}\` too: they are shown for information and do not fail this pull request.`;
  return findingsList(existing, max, heading2);
}

// core/report/comment.ts
var LEVELS = [
  { previews: true, campaignDetails: true, workflowSections: true, tables: true, findings: 50 },
  { previews: false, campaignDetails: true, workflowSections: true, tables: true, findings: 50 },
  { previews: false, campaignDetails: false, workflowSections: true, tables: true, findings: 30 },
  { previews: false, campaignDetails: false, workflowSections: false, tables: true, findings: 20 },
  { previews: false, campaignDetails: false, workflowSections: false, tables: false, findings: 10 }
];
var JOB_SUMMARY_POINTER = "Full report in the job summary.";
function buildComment(report, options = {}) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const body = richestThatFits(report, (text) => text.length <= limit, { pointer: true });
  return body ?? `${REPORT_MARKER}
${heading(report)}

${JOB_SUMMARY_POINTER}
`.slice(0, limit);
}
function richestThatFits(report, fits, options) {
  for (const level of LEVELS) {
    const body = render(report, level, options);
    if (fits(body)) return body;
  }
  return null;
}
function heading(report) {
  const risk = report.risk ? ` \xB7 risk ${report.risk}` : "";
  return `## copygate: ${report.decision}${risk}`;
}
function render(report, level, options) {
  const base = report.base ?? "the base branch";
  const parts = [`${REPORT_MARKER}
${heading(report)}`];
  if (report.notes.length) parts.push(report.notes.map((n) => `> ${n}`).join("\n>\n"));
  if (report.ruleChanges?.length) parts.push(ruleChangesSection(report.ruleChanges));
  if (level.tables && report.campaigns.length) parts.push(campaignTable(report.campaigns, base));
  if (level.tables && report.workflows.length) parts.push(workflowTable(report.workflows));
  if (options.pointer) parts.push(findingsList(report.findings, level.findings));
  parts.push(existingList(report.existing ?? [], base, options.pointer ? level.findings : Infinity));
  if (level.tables) parts.push(...report.rollout ?? []);
  if (level.campaignDetails) {
    for (const c of report.campaigns) parts.push(campaignSection(c, { previews: level.previews }));
  }
  if (level.workflowSections) {
    for (const w of report.workflows) parts.push(workflowSection(w));
  }
  if (report.provenance?.length) parts.push(`<sub>${report.provenance.map(escapeHtml).join("<br>")}</sub>`);
  const trimmed = level !== LEVELS[0];
  if (options.pointer) parts.push(footer(report, trimmed));
  return parts.filter((p) => p !== "").join("\n\n") + "\n";
}
function footer(report, trimmed) {
  const sha = report.headSha.slice(0, 7);
  const shortened = trimmed ? "Shortened to fit one comment. " : "";
  return `<sub>${shortened}${JOB_SUMMARY_POINTER} Head ${sha}.</sub>`;
}

// core/report/job-summary.ts
function buildJobSummary(report, options = {}) {
  const limit = options.limitBytes ?? JOB_SUMMARY_LIMIT_BYTES;
  const findings = findingsSection(report.findings);
  const fits = (text) => Buffer.byteLength(text + findings, "utf8") <= limit;
  const body = richestThatFits(report, fits, { pointer: false });
  if (body !== null) return body.replace(`${REPORT_MARKER}
`, "") + findings;
  const shortFindings = `
${report.findings.length} findings: too many to list here; see the check run's annotations.
`;
  const least = richestThatFits(report, (text) => Buffer.byteLength(text + shortFindings, "utf8") <= limit, { pointer: false });
  return truncateBytes((least ?? "").replace(`${REPORT_MARKER}
`, "") + shortFindings, limit);
}
function findingsSection(findings) {
  if (!findings.length) return "";
  const rows = findings.map((f) => [`${cell(f.path)}:${f.line}`, f.level, cell(f.title), cell(f.message)]);
  return `
### Findings

${markdownTable([["Where", "Level", "Check", "Message"], ...rows])}
`;
}
function truncateBytes(text, limitBytes) {
  if (Buffer.byteLength(text, "utf8") <= limitBytes) return text;
  let cut = Math.min(text.length, limitBytes);
  while (cut > 0 && Buffer.byteLength(text.slice(0, cut), "utf8") > limitBytes) cut -= Math.max(1, Math.ceil((Buffer.byteLength(text.slice(0, cut), "utf8") - limitBytes) / 4));
  if (cut > 0 && /[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut -= 1;
  return text.slice(0, cut);
}

// core/report/annotations.ts
var CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
var WORKFLOW_COMMANDS_SHOWN_PER_LEVEL = 10;
function toCheckRunAnnotation(finding) {
  const line = Math.max(1, finding.line);
  return { path: finding.path, start_line: line, end_line: line, annotation_level: finding.level, title: finding.title, message: finding.message };
}
function annotationBatches(annotations, size = CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches.length ? batches : [[]];
}
function planWorkflowCommands(findings, perLevel = WORKFLOW_COMMANDS_SHOWN_PER_LEVEL) {
  const seen = { failure: 0, warning: 0, notice: 0 };
  const plan = { shown: [], overflow: [] };
  for (const finding of findings) {
    seen[finding.level] += 1;
    (seen[finding.level] <= perLevel ? plan.shown : plan.overflow).push(finding);
  }
  return plan;
}
function runnerLogPlan(findings, where) {
  const plan = planWorkflowCommands(findings);
  const more = plan.overflow.length;
  return { shown: plan.shown, moreLine: more === 0 ? null : `and ${more} more ${more === 1 ? "problem" : "problems"}: see ${where}` };
}

// core/report/labels.ts
var RISK_LABELS = {
  low: "copygate:risk-low",
  medium: "copygate:risk-medium",
  high: "copygate:risk-high"
};
var RISK_LABEL_COLORS = { low: "0e8a16", medium: "fbca04", high: "b60205" };
function riskLabelChange(current, risk) {
  const wanted = risk ? RISK_LABELS[risk] : null;
  const ours = new Set(Object.values(RISK_LABELS));
  return {
    add: wanted && !current.includes(wanted) ? wanted : null,
    remove: current.filter((name) => ours.has(name) && name !== wanted)
  };
}

// core/report/reviewers.ts
function parseReviewerMap(text, file = ".github/copygate-reviewers") {
  const map = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line || line.startsWith("change:")) return;
    const [group, ...owners] = line.split(/\s+/);
    const bad = owners.find((o) => !/^@[\w.-]+(\/[\w.-]+)?$/.test(o));
    if (!group || owners.length === 0 || bad) {
      throw new InputError(`"${raw.trim()}" is not "<group> @org/team|@user \u2026"`, { file, line: index + 1, hint: "write the group name, then one or more @org/team or @user owners" });
    }
    map[group] = owners;
  });
  return map;
}
function reviewRequest(groups, map, org) {
  const reviewers = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  for (const group of groups) {
    for (const owner of map[group] ?? [`@${org}/${group}`]) {
      const [who, team] = owner.slice(1).split("/");
      if (team) teams.add(team);
      else if (who) reviewers.add(who);
    }
  }
  return { reviewers: [...reviewers].sort(), team_reviewers: [...teams].sort() };
}

// core/report/affected.ts
var VALIDATED = /^((prompts|campaigns|policies|sources)\/.+\.(ya?ml|prompt|json)|datasets\/(?!snapshots\/).+\.jsonl)$/;
function affectedByChanges(changed, uses) {
  const affected = { workflows: {}, campaigns: {}, filesToValidate: [], suites: {} };
  const add = (into, key2, reason) => {
    const reasons = into[key2] ??= [];
    if (!reasons.includes(reason)) reasons.push(reason);
  };
  for (const file of changed) {
    const paths = [file.filename, ...file.previous_filename ? [file.previous_filename] : []];
    for (const path of paths) markAffected(path, uses, (kind, key2, reason) => add(affected[kind], key2, reason));
    if (file.status !== "removed" && VALIDATED.test(file.filename)) affected.filesToValidate.push(file.filename);
  }
  affected.filesToValidate.sort();
  for (const workflow of Object.keys(affected.workflows)) {
    const comparison = suiteComparison(workflow, changed, uses);
    if (comparison) affected.suites[workflow] = comparison;
  }
  return affected;
}
function markAffected(path, uses, mark) {
  const prompt = /^prompts\/([^/]+)\/[^/]*\.v(\d+)\.prompt$/.exec(path);
  if (prompt) return markPrompt(prompt[1], Number(prompt[2]), path, uses, mark);
  const releases = /^prompts\/([^/]+)\/releases\.ya?ml$/.exec(path);
  if (releases) return markReleases(releases[1], uses, mark);
  const policy = /^policies\/([^/]+)\/([^/]+)\.ya?ml$/.exec(path);
  if (policy) {
    for (const c of uses.campaigns) if (policy[1] in c.policies) mark("campaigns", c.id, `${path} changed (${policy[1]} policy it uses)`);
    return;
  }
  const source = /^sources\/([^/]+)\.ya?ml$/.exec(path);
  if (source) {
    for (const c of uses.campaigns) if (c.sources.includes(source[1])) mark("campaigns", c.id, `${path} changed (a source it reads)`);
    return;
  }
  for (const c of uses.campaigns) {
    if (path.startsWith(`${c.dir}/`)) mark("campaigns", c.id, `${path} changed`);
    else if (c.sourceFiles.includes(path)) mark("campaigns", c.id, `${path} changed (data it reads)`);
  }
}
function markPrompt(workflow, version, path, uses, mark) {
  mark("workflows", workflow, `${path} changed`);
  const production = uses.production[workflow]?.head ?? null;
  for (const c of uses.campaigns) {
    if (c.workflow !== workflow) continue;
    const pinned = promptPin(c.prompt);
    if (pinned === version || pinned === "production" && production === version) {
      mark("campaigns", c.id, `${path} changed (the prompt version it uses)`);
    }
  }
}
function markReleases(workflow, uses, mark) {
  const production = uses.production[workflow];
  if (!production || production.base === production.head) return;
  const move = `production ${production.base === null ? "set" : `v${production.base} \u2192`} v${production.head}`;
  mark("workflows", workflow, `prompts/${workflow}/releases.yaml: ${move}`);
  for (const c of uses.campaigns) {
    if (c.workflow === workflow && promptPin(c.prompt) === "production") mark("campaigns", c.id, `prompts/${workflow}/releases.yaml: ${move}`);
  }
}
function promptPin(ref) {
  const pin = ref.split("@")[1] ?? "";
  if (pin === "production") return "production";
  return /^v?\d+$/.test(pin) ? Number(pin.replace("v", "")) : null;
}
function suiteComparison(workflow, changed, uses) {
  const production = uses.production[workflow];
  if (production?.head != null && production.base != null && production.base !== production.head) {
    return { candidate: production.head, baseline: production.base };
  }
  const versions = changed.filter((f) => f.status !== "removed").map((f) => new RegExp(`^prompts/${workflow}/[^/]*\\.v(\\d+)\\.prompt$`).exec(f.filename)).flatMap((m) => m ? [Number(m[1])] : []);
  if (versions.length === 0) return null;
  return { candidate: Math.max(...versions), baseline: "production" };
}

// core/report/decision.ts
var RANK = { pass: 0, review: 1, fail: 2 };
var RISK_RANK = { low: 0, medium: 1, high: 2 };
function decideGate(campaigns, workflows, invalidFiles, ruleChanges2 = []) {
  const outcomes = [invalidFiles ? "fail" : "pass"];
  let risk = null;
  for (const c of campaigns) if (!c.alreadyFailing) outcomes.push(campaignOutcome(c));
  for (const w of workflows) outcomes.push(w.decision === "do_not_promote" ? "fail" : w.decision === "promote" ? "pass" : "review");
  const risks = [...campaigns.filter((c) => !c.alreadyFailing).map((c) => c.risk), ...ruleChanges2.map((r) => r.risk)];
  for (const r of risks) if (r && (risk === null || RISK_RANK[r] > RISK_RANK[risk])) risk = r;
  const decision = outcomes.reduce((worst, o) => RANK[o] > RANK[worst] ? o : worst, "pass");
  return { decision, risk };
}
function campaignOutcome(c) {
  if (c.freshness === "stop_before_generation" || c.drafts?.current === false || c.verdict === "fail") return "fail";
  if (c.freshness === "route_to_review" || c.verdict === "review") return "review";
  return "pass";
}
function conclusionFor(decision, failOn) {
  if (decision === "pass") return "success";
  if (failOn !== "never" && RANK[decision] >= RANK[failOn]) return "failure";
  return "neutral";
}

// core/report/existing.ts
var problem = (message) => message.replace(/ To regenerate: [\s\S]*$/, "");
var key = (f) => `${f.path}\0${f.title}\0${problem(f.message)}`;
function splitExisting(head, base) {
  const onBase = new Set(base.filter((f) => f.level === "failure").map(key));
  const split = { introduced: [], existing: [] };
  for (const finding of head) (finding.level === "failure" && onBase.has(key(finding)) ? split.existing : split.introduced).push(finding);
  return split;
}
function markAlreadyFailing(campaigns, dirs, split, failedOnBase) {
  return campaigns.map((gate) => {
    const dir = dirs[gate.campaign];
    if (!dir || !failedOnBase.has(gate.campaign)) return gate;
    const inside = (f) => f.path === dir || f.path.startsWith(`${dir}/`) || f.path.endsWith(`/${dir}`) || f.path.includes(`/${dir}/`);
    const newFailure = split.introduced.some((f) => f.level === "failure" && inside(f));
    const oldFailure = split.existing.some(inside);
    return !newFailure && oldFailure ? { ...gate, alreadyFailing: true } : gate;
  });
}

// core/report/rule-changes.ts
var DEFAULT_RULE_ROUTING = {
  production: { risk: "medium", reviewers: ["lifecycle-marketing"] },
  claims: { risk: "high", reviewers: ["legal"] },
  legal: { risk: "high", reviewers: ["legal"] },
  brand: { risk: "medium", reviewers: ["brand"] }
};
var KINDS = Object.keys(DEFAULT_RULE_ROUTING);
var RISKS = ["low", "medium", "high"];
var RULE_LINE_PREFIX = "change:";
function parseRuleRouting(text, file = ".github/copygate-reviewers") {
  const routing = structuredClone(DEFAULT_RULE_ROUTING);
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line.startsWith(RULE_LINE_PREFIX)) return;
    const [head = "", risk = "", ...reviewers] = line.split(/\s+/);
    const kind = head.slice(RULE_LINE_PREFIX.length);
    const where = { file, line: index + 1 };
    if (!KINDS.includes(kind)) throw new InputError(`unknown rule change "${head}"`, { ...where, hint: `use one of ${KINDS.map((k) => RULE_LINE_PREFIX + k).join(", ")}` });
    if (!RISKS.includes(risk)) throw new InputError(`"${head}" needs a risk level, not "${risk}"`, { ...where, hint: `write ${head} low|medium|high <reviewer group\u2026>` });
    routing[kind] = { risk, reviewers };
  });
  return routing;
}
function ruleChanges(changed, uses, routing = DEFAULT_RULE_ROUTING) {
  const changes = [];
  const add = (kind, reason) => changes.push({ kind, reason, ...structuredClone(routing[kind]) });
  for (const [workflow, production] of Object.entries(uses.production).sort(([a], [b]) => a.localeCompare(b))) {
    if (production.base === production.head || production.head === null) continue;
    const from = production.base === null ? "set to" : `v${production.base} \u2192`;
    add("production", `prompts/${workflow}/releases.yaml: production ${from} v${production.head}`);
  }
  for (const file of [...changed].sort((a, b) => a.filename.localeCompare(b.filename))) {
    const policy = /^policies\/(claims|legal|brand)\/[^/]+\.ya?ml$/.exec(file.filename);
    if (policy) add(policy[1], `${file.filename} ${file.status === "added" ? "added" : file.status === "removed" ? "removed" : "changed"}`);
  }
  return changes;
}

// action/src/stage-types.ts
var INVALID_FILE = "invalid file";
var CAMPAIGN_NOT_LOADED = "campaign not loaded";

export {
  REPORT_MARKER,
  hasReportMarker,
  buildComment,
  buildJobSummary,
  toCheckRunAnnotation,
  annotationBatches,
  runnerLogPlan,
  RISK_LABEL_COLORS,
  riskLabelChange,
  parseReviewerMap,
  reviewRequest,
  affectedByChanges,
  decideGate,
  conclusionFor,
  splitExisting,
  markAlreadyFailing,
  parseRuleRouting,
  ruleChanges,
  INVALID_FILE,
  CAMPAIGN_NOT_LOADED
};
