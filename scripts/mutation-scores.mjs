#!/usr/bin/env node
// Per-folder mutation scores from a Stryker JSON report, as the README's "Latest scores" table.
//
//   node scripts/mutation-scores.mjs [report.json] [--files a.ts,b.ts] [--survivors]
//
// report.json defaults to reports/mutation/mutation.json (mutation/stryker-incremental.json has the
// same shape). --files keeps only the named files; --survivors also lists every surviving and
// uncovered mutant (file:line, mutator, replacement).
// Score = (killed + timed out) / (killed + timed out + survived + no coverage).
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
let reportPath = "reports/mutation/mutation.json";
let only = null;
let survivors = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--files") {
    const list = args[++i];
    if (list === undefined) throw new Error("--files needs a comma-separated list");
    only = new Set(list.split(",").map((f) => f.trim()).filter(Boolean));
  } else if (arg === "--survivors") survivors = true;
  else reportPath = arg;
}

const report = JSON.parse(readFileSync(reportPath, "utf8"));

/** core/contract/audience/screen.ts → core/contract; action/src/github/x.ts → action/src/github. */
export function folderOf(file) {
  const parts = file.split("/").slice(0, -1);
  return parts.slice(0, parts[0] === "core" ? 2 : 3).join("/");
}

const columns = [
  ["Killed", "Killed"],
  ["Timeout", "Timeout"],
  ["Survived", "Survived"],
  ["NoCoverage", "No coverage"],
  ["Ignored", "Ignored (static)"],
  ["CompileError", "Compile errors"],
];
const empty = () => Object.fromEntries([...columns.map(([k]) => [k, 0]), ["other", 0]]);
const byFolder = new Map();
const total = empty();
const left = [];
let fileCount = 0;
for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  if (only && !only.has(file)) continue;
  fileCount++;
  const folder = folderOf(file);
  if (!byFolder.has(folder)) byFolder.set(folder, empty());
  const counts = byFolder.get(folder);
  for (const m of mutants) {
    const key = m.status in counts ? m.status : "other";
    counts[key]++;
    total[key]++;
    if (m.status === "Survived" || m.status === "NoCoverage") {
      left.push(`${file}:${m.location.start.line}\t${m.status}\t${m.mutatorName}\t${JSON.stringify(m.replacement ?? "")}`);
    }
  }
}
if (only) for (const f of only) if (!(f in report.files)) console.error(`not in the report: ${f}`);

const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? "n/a" : `${((100 * detected) / valid).toFixed(1)} %`;
};
const row = (name, c) => `| ${name} | ${columns.map(([k]) => c[k]).join(" | ")} | ${score(c)} |`;
console.log(`| Folder | ${columns.map(([, label]) => label).join(" | ")} | Score |`);
console.log(`| --- |${" ---: |".repeat(columns.length + 1)}`);
for (const [folder, c] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) console.log(row(folder, c));
console.log(row("**all**", total));
const mutantCount = Object.values(total).reduce((a, b) => a + b, 0);
console.log(`\n${fileCount} files, ${mutantCount} mutants${total.other ? ` (${total.other} with another status: runtime errors)` : ""}.`);
if (survivors && left.length) console.log(`\nSurvived / no coverage:\n${left.join("\n")}`);
