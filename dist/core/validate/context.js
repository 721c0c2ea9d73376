import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { versionFromFileName } from "../prompts/index.js";
import { parseLocated } from "./positions.js";
import { splitPromptFile } from "../prompts/index.js";
const POLICY_FOLDERS = { approved_claims: "policies/claims", legal_restrictions: "policies/legal", brand_rules: "policies/brand" };
/**
 * What cross-reference checks need to know about the rest of the repository, read tolerantly:
 * a broken file is reported by its own check, here it just contributes nothing.
 */
export class RepoContext {
    root;
    workflowsCache;
    constructor(root) {
        this.root = root;
    }
    async exists(path) {
        return stat(join(this.root, path)).then(() => true, () => false);
    }
    async list(folder) {
        return (await readdir(join(this.root, folder)).catch(() => [])).sort();
    }
    async readData(path) {
        const text = await readFile(join(this.root, path), "utf8").catch(() => null);
        return text === null ? undefined : parseLocated(text).data;
    }
    async policyVersions(kind) {
        return (await this.list(POLICY_FOLDERS[kind])).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5));
    }
    policyPath(kind, version) {
        return `${POLICY_FOLDERS[kind]}/${version}.yaml`;
    }
    async claimIds(version) {
        const data = (await this.readData(this.policyPath("approved_claims", version)));
        return Array.isArray(data?.claims) ? data.claims.map((c) => String(c?.id)) : [];
    }
    /** Every campaign.yaml that parses, with its folder, for checks that render against real briefs. */
    async campaigns() {
        const found = [];
        for (const folder of await this.list("campaigns")) {
            const data = await this.readData(`campaigns/${folder}/campaign.yaml`);
            if (data && typeof data === "object" && !Array.isArray(data))
                found.push({ dir: `campaigns/${folder}`, data: data });
        }
        return found;
    }
    async sourceNames() {
        return (await this.list("sources")).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5));
    }
    workflows() {
        this.workflowsCache ??= this.loadWorkflows();
        return this.workflowsCache;
    }
    async loadWorkflows() {
        const workflows = new Map();
        for (const folder of await this.list("prompts")) {
            const files = await this.list(`prompts/${folder}`);
            if (!files.includes("releases.yaml"))
                continue;
            const versions = new Map();
            for (const file of files) {
                const number = versionFromFileName(folder, file);
                if (number !== null)
                    versions.set(number, await this.versionFacts(`prompts/${folder}/${file}`));
            }
            const releases = (await this.readData(`prompts/${folder}/releases.yaml`));
            workflows.set(folder, { releases: releases && typeof releases === "object" ? releases : undefined, versions });
        }
        return workflows;
    }
    async versionFacts(path) {
        const text = await readFile(join(this.root, path), "utf8").catch(() => "");
        const parts = splitPromptFile(text);
        const data = parts ? parseLocated(parts.frontmatter).data : undefined;
        const asObject = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : undefined);
        return { path, inputSchema: asObject(data?.input?.schema), outputSchema: asObject(data?.output?.schema) };
    }
}
/** The version a workflow's releases.yaml pins, when it is a number. */
export function productionVersion(workflow) {
    const production = workflow?.releases?.production;
    return typeof production === "number" ? production : undefined;
}
