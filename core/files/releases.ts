import { join } from "node:path";
import { readYamlFile } from "./yaml.ts";

export interface PromotionCriterion {
  metric: string;
  op: ">" | ">=" | "<" | "<=" | "==";
  value: number;
  label: string;
}
export interface Releases {
  workflow: string;
  production: number;
  fallback_template?: string;
  history: { version: number; date: string; note: string; status: "approved" | "archived" | "candidate" }[];
  promotion?: { suite: string; datasets: string[]; criteria: PromotionCriterion[] };
}

export async function loadReleases(root: string, workflow: string): Promise<Releases> {
  return readYamlFile<Releases>(root, join("prompts", workflow, "releases.yaml"));
}
