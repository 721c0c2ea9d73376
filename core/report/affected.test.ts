import { describe, expect, it } from "vitest";
import { affectedByChanges } from "./affected.ts";
import type { RepositoryUses } from "./affected.ts";

const uses: RepositoryUses = {
  campaigns: [
    {
      id: "trial-expiration-3d",
      dir: "campaigns/trial-expiration-3d",
      workflow: "trial_expiration_email",
      prompt: "trial_expiration_email@production",
      policies: { claims: "claims_v14", legal: "legal_v9", brand: "brand_v6" },
      sources: ["cdp", "product_usage"],
      sourceFiles: ["datasets/snapshots/product_usage.csv"],
    },
    {
      id: "trial-v8-pilot",
      dir: "campaigns/trial-v8-pilot",
      workflow: "trial_expiration_email",
      prompt: "trial_expiration_email@8",
      policies: { claims: "claims_v14" },
      sources: ["cdp"],
      sourceFiles: [],
    },
  ],
  production: { trial_expiration_email: { base: 7, head: 7 } },
};

describe("what a pull request affects", () => {
  it("runs a workflow's suite for a changed prompt version and checks the campaigns pinned to it", () => {
    const affected = affectedByChanges([{ filename: "prompts/trial_expiration_email/trial_expiration_email.v8.prompt", status: "added" }], uses);
    expect(affected).toEqual({
      workflows: { trial_expiration_email: ["prompts/trial_expiration_email/trial_expiration_email.v8.prompt changed"] },
      campaigns: { "trial-v8-pilot": ["prompts/trial_expiration_email/trial_expiration_email.v8.prompt changed (the prompt version it uses)"] },
      filesToValidate: ["prompts/trial_expiration_email/trial_expiration_email.v8.prompt"],
      suites: { trial_expiration_email: { candidate: 8, baseline: "production" } },
    });
  });

  it("treats releases.yaml as a change only when the production version moves", () => {
    const change = [{ filename: "prompts/trial_expiration_email/releases.yaml", status: "modified" }];
    expect(affectedByChanges(change, uses).workflows).toEqual({});
    const moved = affectedByChanges(change, { ...uses, production: { trial_expiration_email: { base: 7, head: 8 } } });
    expect(moved.workflows).toEqual({ trial_expiration_email: ["prompts/trial_expiration_email/releases.yaml: production v7 → v8"] });
    expect(Object.keys(moved.campaigns)).toEqual(["trial-expiration-3d"]);
    expect(moved.suites).toEqual({ trial_expiration_email: { candidate: 8, baseline: 7 } });
  });

  it("checks every campaign that uses a changed policy or source", () => {
    const affected = affectedByChanges(
      [
        { filename: "policies/claims/claims_v15.yaml", status: "added" },
        { filename: "sources/product_usage.yaml", status: "modified" },
      ],
      uses,
    );
    expect(affected.campaigns).toEqual({
      "trial-expiration-3d": ["policies/claims/claims_v15.yaml changed (claims policy it uses)", "sources/product_usage.yaml changed (a source it reads)"],
      "trial-v8-pilot": ["policies/claims/claims_v15.yaml changed (claims policy it uses)"],
    });
  });

  it("checks a campaign whose own files or data snapshot changed, and does not validate removed files", () => {
    const affected = affectedByChanges(
      [
        { filename: "campaigns/trial-v8-pilot/drafts.json", status: "modified" },
        { filename: "datasets/snapshots/product_usage.csv", status: "modified" },
        { filename: "campaigns/old/campaign.yaml", status: "removed" },
      ],
      uses,
    );
    expect(affected.campaigns).toEqual({
      "trial-v8-pilot": ["campaigns/trial-v8-pilot/drafts.json changed"],
      "trial-expiration-3d": ["datasets/snapshots/product_usage.csv changed (data it reads)"],
    });
    expect(affected.filesToValidate).toEqual(["campaigns/trial-v8-pilot/drafts.json"]);
  });
});

describe("which changed files are validated", () => {
  it("includes content files and eval datasets, never source snapshots or other files", () => {
    const files = ["prompts/wf/wf.v2.prompt", "policies/legal/legal_v9.yaml", "datasets/wf/cases.jsonl", "datasets/snapshots/segment.jsonl", "README.md", "campaigns/x/drafts.json"];
    const affected = affectedByChanges(files.map((filename) => ({ filename, status: "modified" })), { campaigns: [], production: {} });
    expect(affected.filesToValidate).toEqual(["campaigns/x/drafts.json", "datasets/wf/cases.jsonl", "policies/legal/legal_v9.yaml", "prompts/wf/wf.v2.prompt"]);
  });
});
