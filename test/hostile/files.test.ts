/**
 * Hostile repository files: links and paths out of the repository, secrets sent elsewhere, huge
 * fields, alias bombs, foreign line endings, hand-edited drafts, files left by a killed write. Each
 * case names the exact message; none may echo what a file outside the repository holds.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoClock } from "../../core/contract/clock.ts";
import { loadSnapshot } from "../../core/contract/sources/index.ts";
import { loadPolicies } from "../../core/files/index.ts";
import { assertCampaignValid, writeDraftsFile, readDraftsFile } from "../../core/pipeline/index.ts";
import { renderFallback } from "../../core/prompts/fallback.ts";
import { loadPromptRegistry } from "../../core/prompts/index.ts";
import { copyRepoContent, REPO_ROOT } from "../../core/prompts/testing.ts";
import { formatProblem, validateRepository } from "../../core/validate/index.ts";
import type { HttpSourceDefinition, PostgresSourceDefinition } from "../../core/model/index.ts";

const OUT = "is outside the repository (a path or a symbolic link leads out of it)";
const HINT = "copygate reads only files inside the repository: copy the file in, or fix the path";
const SECRET = "hunter2-do-not-leak";
const CAMPAIGN = "campaigns/trial-expiration-3d";

let root: string;
let outside: string;
beforeEach(async () => {
  root = await copyRepoContent();
  outside = await mkdtemp(join(tmpdir(), "copygate-outside-"));
  await writeFile(join(outside, "secret.yaml"), `token: ${SECRET}\n`);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const problems = async (targets: string[] = []) => (await validateRepository(root, targets)).problems.map(formatProblem);
const replaceIn = async (path: string, from: string, to: string) => {
  const text = await readFile(join(root, path), "utf8");
  if (!text.includes(from)) throw new Error(`${path} no longer contains ${from}`);
  await writeFile(join(root, path), text.replace(from, to));
};
const linkOut = async (path: string, target = join(outside, "secret.yaml")) => {
  await rm(join(root, path), { force: true });
  await symlink(target, join(root, path));
};
const formatted = (error: unknown) => (error as { format?: () => string }).format?.() ?? String(error);

describe("one repository boundary", () => {
  it("reports a policy linked out of the repository, in validate and before generate runs", async () => {
    await linkOut("policies/legal/legal_v9.yaml");
    const found = await problems();
    expect(found).toContain(`policies/legal/legal_v9.yaml:1:1: cannot check this file: policies/legal/legal_v9.yaml ${OUT}`);
    const guard = formatted(await assertCampaignValid(root, CAMPAIGN).catch((e: unknown) => e));
    expect(guard).toBe(
      `campaigns/trial-expiration-3d/campaign.yaml or a file it uses is not valid, so nothing ran:\npolicies/legal/legal_v9.yaml:1:1: policies/legal/legal_v9.yaml ${OUT}\nfix it and run again (\`copygate validate\` checks without running)`,
    );
    const load = formatted(await loadPolicies(root, { approved_claims: "claims_v14", legal_restrictions: "legal_v9", brand_rules: "brand_v6" }).catch((e: unknown) => e));
    expect(load).toBe(`policies/legal/legal_v9.yaml:1:1: policies/legal/legal_v9.yaml ${OUT} — ${HINT}`);
    expect(JSON.stringify(found) + guard + load).not.toContain(SECRET);
  });

  it("never echoes /proc/self/environ when validate is given a link to it", async () => {
    process.env.COPYGATE_HOSTILE_PROBE = SECRET;
    try {
      await symlink("/proc/self/environ", join(root, "policies/brand/brand_v7.yaml"));
      const found = await problems(["policies/brand/brand_v7.yaml"]);
      expect(found).toEqual([`policies/brand/brand_v7.yaml:1:1: policies/brand/brand_v7.yaml ${OUT}`]);
      expect(JSON.stringify(found)).not.toContain(SECRET);
    } finally {
      delete process.env.COPYGATE_HOSTILE_PROBE;
    }
  });

  it("reports a named path above the repository without reading it", async () => {
    expect(await problems(["../../../etc/passwd"])).toEqual([`../../../etc/passwd:1:1: ../../../etc/passwd ${OUT}`]);
  });

  it("reports a snapshot path out of the repository at its line, in validate and when the source is read", async () => {
    await replaceIn("sources/cdp.yaml", "path: datasets/snapshots/seg_trial_ending_3_days.jsonl", "path: ../../../etc/passwd");
    expect(await problems(["sources/cdp.yaml"])).toEqual([`sources/cdp.yaml:5:1: ../../../etc/passwd ${OUT}`]);
    const definition = { name: "cdp", kind: "file", path: "../../../etc/passwd", format: "jsonl", loaded_at_field: "updated_at" } as const;
    expect(formatted(await loadSnapshot(root, definition).catch((e: unknown) => e))).toBe(`sources/cdp.yaml:5:1: ../../../etc/passwd ${OUT} — ${HINT}`);
  });

  it("reports a snapshot linked out of the repository, and never reads it", async () => {
    await linkOut("datasets/snapshots/seg_trial_ending_3_days.jsonl");
    expect(await problems(["sources/cdp.yaml"])).toEqual([`sources/cdp.yaml:5:1: datasets/snapshots/seg_trial_ending_3_days.jsonl ${OUT}`]);
    const definition = { name: "cdp", kind: "file", path: "datasets/snapshots/seg_trial_ending_3_days.jsonl", format: "jsonl", loaded_at_field: "updated_at" } as const;
    const error = formatted(await loadSnapshot(root, definition).catch((e: unknown) => e));
    expect(error).toBe(`sources/cdp.yaml:5:1: datasets/snapshots/seg_trial_ending_3_days.jsonl ${OUT} — ${HINT}`);
  });

  it("reports a fallback template linked out of the repository at releases.yaml's line, and never renders it", async () => {
    await writeFile(join(outside, "outside.hbs"), `## email_body\n${SECRET}\n`);
    await linkOut("prompts/trial_expiration_email/fallback.hbs", join(outside, "outside.hbs"));
    const found = await problems(["prompts/trial_expiration_email"]);
    expect(found).toEqual([
      `prompts/trial_expiration_email/fallback.hbs:1:1: cannot check this file: prompts/trial_expiration_email/fallback.hbs ${OUT}`,
      `prompts/trial_expiration_email/releases.yaml:4:1: prompts/trial_expiration_email/fallback.hbs ${OUT}`,
    ]);
    const render = formatted(await renderFallback(root, "trial_expiration_email", {}).catch((e: unknown) => e));
    expect(render).toBe(`prompts/trial_expiration_email/releases.yaml:4:1: prompts/trial_expiration_email/fallback.hbs ${OUT} — ${HINT}`);
    expect(JSON.stringify(found) + render).not.toContain(SECRET);
  });

  it("refuses to write drafts through a link out of the repository", async () => {
    await linkOut(`${CAMPAIGN}/drafts.json`, join(outside, "drafts.json"));
    const error = formatted(await readDraftsFile(root, `${CAMPAIGN}/drafts.json`).catch((e: unknown) => e));
    expect(error).toBe(`${CAMPAIGN}/drafts.json:1:1: ${CAMPAIGN}/drafts.json ${OUT} — ${HINT}`);
  });
});

describe("source secrets", () => {
  const SOURCE_LINE = "# yaml-language-server: $schema=../schemas/source.schema.json\n";

  it("reports a model key and a missing host list at the token_env line", async () => {
    await writeFile(join(root, "sources/evil.yaml"), `${SOURCE_LINE}name: evil\nkind: http\nurl: https://collector.example.net/x\ntoken_env: OPENAI_API_KEY\nloaded_at_field: updated_at\n`);
    expect(await problems(["sources/evil.yaml"])).toEqual([
      "sources/evil.yaml:5:1: OPENAI_API_KEY holds a model or platform key, which is never given to a source; put the source's own secret in a variable named COPYGATE_SOURCE_*",
      "sources/evil.yaml:5:1: a source that uses a secret must list the hosts it may send it to under hosts",
    ]);
  });

  it("reports a variable without the prefix, and a url whose host is not listed", async () => {
    await writeFile(
      join(root, "sources/evil.yaml"),
      `${SOURCE_LINE}name: evil\nkind: http\nurl: https://collector.example.net/x\ntoken_env: WAREHOUSE_TOKEN\nhosts: [api.lumora.example]\nloaded_at_field: updated_at\n`,
    );
    expect(await problems(["sources/evil.yaml"])).toEqual([
      "sources/evil.yaml:4:1: host collector.example.net is not in hosts (api.lumora.example): a secret goes only to a host the definition lists",
      "sources/evil.yaml:5:1: WAREHOUSE_TOKEN is not a source secret: sources read secrets only from variables named COPYGATE_SOURCE_*",
    ]);
  });

  it("reports a credential written into the url", async () => {
    await writeFile(join(root, "sources/evil.yaml"), `${SOURCE_LINE}name: evil\nkind: http\nurl: https://api.lumora.example/x?api_key=abc\nloaded_at_field: updated_at\n`);
    expect(await problems(["sources/evil.yaml"])).toEqual([
      'sources/evil.yaml:4:1: url carries the query parameter "api_key": a secret in a source file is visible to anyone who reads the repository, so use token_env',
    ]);
  });

  it("never sends a model key, whatever the definition says", async () => {
    const requests: string[] = [];
    const fetchSpy = (async (url: string) => {
      requests.push(url);
      return new Response("[]");
    }) as unknown as typeof fetch;
    const definition: HttpSourceDefinition = { name: "evil", kind: "http", url: "https://collector.example.net/x", token_env: "OPENAI_API_KEY", hosts: ["collector.example.net"], loaded_at_field: "updated_at" };
    const error = await loadSnapshot(root, definition, { env: { OPENAI_API_KEY: SECRET }, fetch: fetchSpy }).catch((e: unknown) => e);
    expect(formatted(error)).toBe(
      "sources/evil.yaml:1:1: OPENAI_API_KEY holds a model or platform key, which is never given to a source; put the source's own secret in a variable named COPYGATE_SOURCE_* — rename the variable to COPYGATE_SOURCE_<NAME> in the environment and in sources/evil.yaml",
    );
    expect(requests).toEqual([]);
  });

  it("sends a source token only to a listed host, and never follows a redirect with it", async () => {
    const requests: { url: string; redirect?: string }[] = [];
    const fetchSpy = (async (url: string, init: RequestInit) => {
      requests.push({ url, redirect: init.redirect });
      return new Response(null, { status: 302, headers: { location: "https://collector.example.net/steal" } });
    }) as unknown as typeof fetch;
    const unlisted: HttpSourceDefinition = { name: "usage", kind: "http", url: "https://collector.example.net/x", token_env: "COPYGATE_SOURCE_TOKEN", hosts: ["api.lumora.example"], loaded_at_field: "updated_at" };
    const env = { COPYGATE_SOURCE_TOKEN: SECRET };
    expect(formatted(await loadSnapshot(root, unlisted, { env, fetch: fetchSpy }).catch((e: unknown) => e))).toBe(
      "sources/usage.yaml:1:1: host collector.example.net is not in hosts (api.lumora.example): a secret goes only to a host the definition lists — list the host under hosts, or point the source at a listed host",
    );
    expect(requests).toEqual([]);
    const listed = { ...unlisted, url: "https://api.lumora.example/usage" };
    expect(String(await loadSnapshot(root, listed, { env, fetch: fetchSpy }).catch((e: unknown) => e))).toBe(
      'SourceReadError: source "usage": GET https://api.lumora.example/usage answered 302 (a redirect), which copygate does not follow: point url at the final address',
    );
    expect(requests).toEqual([{ url: "https://api.lumora.example/usage", redirect: "manual" }]);
  });

  it("never connects to a database host the definition does not list", async () => {
    const definition: PostgresSourceDefinition = { name: "usage_db", kind: "postgres", connection_env: "COPYGATE_SOURCE_DB", hosts: ["warehouse.lumora.internal"], query: "select 1", loaded_at_field: "updated_at" };
    const error = await loadSnapshot(root, definition, { env: { COPYGATE_SOURCE_DB: `postgres://reader:${SECRET}@collector.example.net/db` } }).catch((e: unknown) => e);
    expect(formatted(error)).toBe(
      "sources/usage_db.yaml:1:1: host collector.example.net is not in hosts (warehouse.lumora.internal): a secret goes only to a host the definition lists — list the host under hosts, or point the source at a listed host",
    );
  });
});

describe("limits and encodings", () => {
  it("refuses a key message of 100 000 characters at its line", async () => {
    await replaceIn(`${CAMPAIGN}/campaign.yaml`, "key_message: Keep everything you built during the trial by upgrading before it ends.", `key_message: ${"Keep everything. ".repeat(6000)}`);
    expect(await problems([`${CAMPAIGN}/campaign.yaml`])).toEqual([`${CAMPAIGN}/campaign.yaml:60:3: brief.key_message is 101999 characters, over the limit of 600: shorten it`]);
  });

  it("refuses a file over 5 MB without parsing it", async () => {
    await writeFile(join(root, "policies/claims/claims_v15.yaml"), `# ${"x".repeat(6 * 1024 * 1024)}\n`);
    expect(await problems(["policies/claims/claims_v15.yaml"])).toEqual([
      "policies/claims/claims_v15.yaml:1:1: cannot check this file: policies/claims/claims_v15.yaml is 6 MB, over the limit of 5 MB",
    ]);
  });

  it("refuses a YAML alias bomb with its own message, at the first alias", async () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    await writeFile(join(root, "policies/claims/claims_v15.yaml"), `# yaml-language-server: $schema=../../schemas/claims.schema.json\n${bomb}`);
    expect(await problems(["policies/claims/claims_v15.yaml"])).toEqual([
      "policies/claims/claims_v15.yaml:3:8: YAML syntax error: aliases (*name) expand to too many values: write the values out instead of nesting aliases",
    ]);
  });

  it("accepts a .prompt file with a BOM and CRLF line ends, and hashes it like the LF file", async () => {
    const path = "prompts/trial_expiration_email/trial_expiration_email.v7.prompt";
    const before = (await loadPromptRegistry(root)).resolve("trial_expiration_email@7");
    const text = await readFile(join(root, path), "utf8");
    await writeFile(join(root, path), `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    expect(await problems(["prompts/trial_expiration_email"])).toEqual([]);
    const after = (await loadPromptRegistry(root)).resolve("trial_expiration_email@7");
    expect([after.model, after.hash]).toEqual([before.model, before.hash]);
  });

  it("reads a CSV snapshot with a BOM and CRLF into the same rows and hash", async () => {
    const definition = { name: "product_usage", kind: "file", path: "datasets/snapshots/product_usage.csv", format: "csv", loaded_at_field: "updated_at", key: "user_id" } as const;
    const before = await loadSnapshot(root, definition);
    const text = await readFile(join(root, definition.path), "utf8");
    await writeFile(join(root, definition.path), `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const after = await loadSnapshot(root, definition);
    expect(after.snapshot_hash).toBe(before.snapshot_hash);
  });

  it("accepts campaign YAML and dataset JSONL with a BOM and CRLF", async () => {
    for (const path of [`${CAMPAIGN}/campaign.yaml`, "datasets/trial_expiration_email/edge_cases.jsonl"]) {
      const text = await readFile(join(root, path), "utf8");
      await writeFile(join(root, path), `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    }
    expect(await problems([`${CAMPAIGN}/campaign.yaml`, "datasets/trial_expiration_email/edge_cases.jsonl"])).toEqual([]);
  });

  it("accepts drafts.json and the demo clock with a BOM and CRLF", async () => {
    for (const path of [`${CAMPAIGN}/drafts.json`, "datasets/snapshots/demo-clock.json"]) {
      const text = await readFile(join(root, path), "utf8");
      await writeFile(join(root, path), `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    }
    expect(await problems([`${CAMPAIGN}/drafts.json`])).toEqual([]);
    expect((await readDraftsFile(root, `${CAMPAIGN}/drafts.json`))?.campaign).toBe("trial-expiration-3d");
    expect((await demoClock(root)).toISOString()).toBe((await demoClock(REPO_ROOT)).toISOString());
  });
});

describe("temporary files", () => {
  it("removes a drafts.json.<pid>.tmp left by a killed run on the next write", async () => {
    const drafts = await readDraftsFile(REPO_ROOT, `${CAMPAIGN}/drafts.json`);
    const dead = 2 ** 22 + 12345;
    await writeFile(join(root, CAMPAIGN, `drafts.json.${dead}.tmp`), "{ half a file");
    await writeDraftsFile(root, `${CAMPAIGN}/drafts.json`, drafts!);
    expect((await readdir(join(root, CAMPAIGN))).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("is ignored by git", async () => {
    await mkdir(join(root, "x"), { recursive: true });
    const ignored = execFileSync("git", ["check-ignore", "--no-index", "campaigns/trial-expiration-3d/drafts.json.4242.tmp"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(ignored.trim()).toBe("campaigns/trial-expiration-3d/drafts.json.4242.tmp");
  });
});
