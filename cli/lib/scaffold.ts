/**
 * What `copygate init` writes: the files under templates/init with their placeholders filled, the
 * JSON Schemas editors check against, and a small audience sample whose times are relative to now,
 * so `validate` and `generate` pass on the day the repository is created.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { packageRoot } from "../../core/package-root.ts";

export interface ScaffoldOptions {
  now: Date;
  /** GitHub organisation whose teams review (CODEOWNERS, .github/copygate-reviewers). */
  org: string;
  /** The Action reference the workflow uses, e.g. "acme/copygate/action@v0". */
  action: string;
}

/** Repository-relative path → file content. */
export type Scaffold = Map<string, string>;

export async function buildScaffold(options: ScaffoldOptions): Promise<Scaffold> {
  const root = packageRoot();
  const files: Scaffold = new Map();
  const templates = join(root, "templates", "init");
  for (const path of await listFiles(templates)) {
    // npm never publishes a file named .gitignore, so the template ships it as "gitignore".
    const target = relative(templates, path).replace(/^gitignore$/, ".gitignore");
    files.set(target, fillPlaceholders(await readFile(path, "utf8"), options));
  }
  for (const name of (await readdir(join(root, "schemas"))).filter((n) => n.endsWith(".schema.json")).sort()) {
    files.set(join("schemas", name), await readFile(join(root, "schemas", name), "utf8"));
  }
  files.set("data/sample_audience.jsonl", sampleAudience(options.now));
  return files;
}

function fillPlaceholders(text: string, options: ScaffoldOptions): string {
  const offerEnd = new Date(options.now.getTime() + 30 * 86_400_000);
  return text
    .replaceAll("__TODAY__", options.now.toISOString().slice(0, 10))
    .replaceAll("__OFFER_END__", `${offerEnd.toISOString().slice(0, 10)}T23:59:00Z`)
    .replaceAll("__ORG__", options.org)
    .replaceAll("__ACTION__", options.action);
}

const ROLES = ["admin", "analyst", "viewer"] as const;
const NAMES = ["Ada", "Bo", "Cyd", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu"];

/**
 * Twelve made-up recipients whose trial ends in two to three days, exported an hour ago: fresh
 * today, stale tomorrow (as real data would be). One opted out, so the partition shows an exclusion.
 */
export function sampleAudience(now: Date): string {
  const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return NAMES.map((name, i) => JSON.stringify({
    user_id: `usr_${1001 + i}`,
    email: `${name.toLowerCase()}.${1001 + i}@example.com`,
    first_name: name,
    role: ROLES[i % ROLES.length],
    plan_name: "Team trial",
    trial_ends_at: at(50 + i),
    consent: i === 11 ? "opted_out" : "opted_in",
    updated_at: at(-1),
  })).join("\n") + "\n";
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}
