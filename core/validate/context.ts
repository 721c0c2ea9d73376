import { readdir, stat } from "node:fs/promises";
import { readRepoText, resolveInRepo } from "../files/boundary.ts";
import { join } from "node:path";
import { versionFromFileName } from "../prompts/index.ts";
import { parseLocated } from "./positions.ts";
import type { ParsedTexts } from "./positions.ts";
import { splitPromptFile } from "../prompts/index.ts";

export interface VersionFacts {
  path: string;
  inputSchema?: object;
  outputSchema?: object;
}
export interface WorkflowFacts {
  releases?: { production?: unknown; history?: unknown; fallback_template?: unknown };
  versions: Map<number, VersionFacts>;
}

const POLICY_FOLDERS = { approved_claims: "policies/claims", legal_restrictions: "policies/legal", brand_rules: "policies/brand" } as const;
export type PolicyKindName = keyof typeof POLICY_FOLDERS;

/**
 * What cross-reference checks need to know about the rest of the repository, read tolerantly:
 * a broken file is reported by its own check, here it just contributes nothing.
 */
export class RepoContext {
  private workflowsCache?: Promise<Map<string, WorkflowFacts>>;
  private campaignsCache?: Promise<{ dir: string; data: Record<string, unknown> }[]>;
  /** Each file is read and parsed once a run: every campaign asks for its policies, every fallback for every campaign. */
  private readonly dataCache = new Map<string, Promise<unknown>>();
  /** Every YAML text this run parsed, for the checks of the files themselves too (positions.ts). */
  readonly parsedTexts: ParsedTexts = new Map();
  /** env: the environment publish credentials are read from (the CLI passes its own); undefined where there is none to check, as in a pull request. */
  constructor(readonly root: string, readonly env?: Record<string, string | undefined>) {}

  async exists(path: string): Promise<boolean> {
    const absolute = await resolveInRepo(this.root, path).catch(() => null);
    return absolute !== null && stat(absolute).then(() => true, () => false);
  }

  /** Why a path the repository names cannot be read safely (outside the boundary), or null. */
  async outside(path: string): Promise<string | null> {
    return resolveInRepo(this.root, path).then(
      () => null,
      (error: Error) => error.message,
    );
  }

  async list(folder: string): Promise<string[]> {
    return (await readdir(join(this.root, folder)).catch(() => [] as string[])).sort();
  }

  /** The parsed file, shared by every caller of this context: read it, never change it. */
  readData(path: string): Promise<unknown> {
    let data = this.dataCache.get(path);
    if (!data) {
      data = readRepoText(this.root, path).then(
        (text) => parseLocated(text, 0, this.parsedTexts).data,
        () => undefined,
      );
      this.dataCache.set(path, data);
    }
    return data;
  }

  async policyVersions(kind: PolicyKindName): Promise<string[]> {
    return (await this.list(POLICY_FOLDERS[kind])).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5));
  }

  policyPath(kind: PolicyKindName, version: string): string {
    return `${POLICY_FOLDERS[kind]}/${version}.yaml`;
  }

  /** The claims, legal and brand files a campaign names, parsed (undefined where one does not); the caller judges their shape. */
  policyData(versions: Record<PolicyKindName, string>): Promise<[unknown, unknown, unknown]> {
    return Promise.all([
      this.readData(this.policyPath("approved_claims", versions.approved_claims)),
      this.readData(this.policyPath("legal_restrictions", versions.legal_restrictions)),
      this.readData(this.policyPath("brand_rules", versions.brand_rules)),
    ]);
  }

  async claimIds(version: string): Promise<string[]> {
    const data = (await this.readData(this.policyPath("approved_claims", version))) as { claims?: unknown } | undefined;
    return Array.isArray(data?.claims) ? data.claims.map((c) => String((c as { id?: unknown })?.id)) : [];
  }

  /** Every campaign.yaml that parses, with its folder, for checks that render against real briefs. */
  campaigns(): Promise<{ dir: string; data: Record<string, unknown> }[]> {
    this.campaignsCache ??= this.loadCampaigns();
    return this.campaignsCache;
  }

  private async loadCampaigns(): Promise<{ dir: string; data: Record<string, unknown> }[]> {
    const found: { dir: string; data: Record<string, unknown> }[] = [];
    for (const folder of await this.list("campaigns")) {
      const data = await this.readData(`campaigns/${folder}/campaign.yaml`);
      if (data && typeof data === "object" && !Array.isArray(data)) found.push({ dir: `campaigns/${folder}`, data: data as Record<string, unknown> });
    }
    return found;
  }

  async sourceNames(): Promise<string[]> {
    return (await this.list("sources")).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5));
  }

  workflows(): Promise<Map<string, WorkflowFacts>> {
    this.workflowsCache ??= this.loadWorkflows();
    return this.workflowsCache;
  }

  private async loadWorkflows(): Promise<Map<string, WorkflowFacts>> {
    const workflows = new Map<string, WorkflowFacts>();
    for (const folder of await this.list("prompts")) {
      const files = await this.list(`prompts/${folder}`);
      if (!files.includes("releases.yaml")) continue;
      const versions = new Map<number, VersionFacts>();
      for (const file of files) {
        const number = versionFromFileName(folder, file);
        if (number !== null) versions.set(number, await this.versionFacts(`prompts/${folder}/${file}`));
      }
      const releases = (await this.readData(`prompts/${folder}/releases.yaml`)) as WorkflowFacts["releases"];
      workflows.set(folder, { releases: releases && typeof releases === "object" ? releases : undefined, versions });
    }
    return workflows;
  }

  private async versionFacts(path: string): Promise<VersionFacts> {
    const text = await readRepoText(this.root, path).catch(() => "");
    const parts = splitPromptFile(text);
    const data = parts ? (parseLocated(parts.frontmatter, 0, this.parsedTexts).data as { input?: { schema?: unknown }; output?: { schema?: unknown } } | undefined) : undefined;
    const asObject = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? v : undefined);
    return { path, inputSchema: asObject(data?.input?.schema), outputSchema: asObject(data?.output?.schema) };
  }
}

/** The version a workflow's releases.yaml pins, when it is a number. */
export function productionVersion(workflow: WorkflowFacts | undefined): number | undefined {
  const production = workflow?.releases?.production;
  return typeof production === "number" ? production : undefined;
}
