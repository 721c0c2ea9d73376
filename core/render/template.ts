import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Handlebars from "handlebars";
import { InputError } from "../errors.ts";
import { sha256 } from "../hash.ts";
import type { Campaign } from "../model/index.ts";
import { SLOT_NAMES } from "./slots.ts";
import type { TemplateSlots } from "./slots.ts";

/** A campaign's email template, read once a run. */
export interface EmailTemplate {
  /** Repository-relative path. */
  path: string;
  source: string;
  /** `sha256:<hex>` of the file's bytes: part of the drafts' provenance, so a template edit makes them stale. */
  hash: string;
  fill: (slots: TemplateSlots) => string;
}

/** campaign.yaml `email.template`, else `<campaign>/email.mjml` when it exists; null when the campaign renders no email. */
export function templatePathFor(campaign: Campaign, campaignDir: string): { path: string; named: boolean } | null {
  if (campaign.channel.kind !== "email") return null;
  if (campaign.email?.template) return { path: campaign.email.template, named: true };
  return { path: join(campaignDir, "email.mjml"), named: false };
}

export async function loadEmailTemplate(root: string, campaign: Campaign, campaignDir: string): Promise<EmailTemplate | null> {
  const where = templatePathFor(campaign, campaignDir);
  if (!where) return null;
  let source: string;
  try {
    source = await readFile(join(root, where.path), "utf8");
  } catch {
    if (!where.named) return null;
    throw new InputError(`email.template "${where.path}" does not exist`, { file: join(campaignDir, "campaign.yaml"), field: "email.template", hint: "give a repository-relative path to an .mjml file, e.g. templates/lifecycle.mjml" });
  }
  return parseEmailTemplate(where.path, source);
}

/** A template from its text; its slots are checked now, its MJML when a variant is rendered. */
export function parseEmailTemplate(path: string, source: string): EmailTemplate {
  return { path, source, hash: `sha256:${sha256(source)}`, fill: compileSlots(source, path) };
}

/** Handlebars with strict slots: a misspelt slot is an error at its line, never an empty string in a sent email. */
function compileSlots(source: string, file: string): (slots: TemplateSlots) => string {
  let template: Handlebars.TemplateDelegate;
  try {
    template = Handlebars.compile(source, { strict: true });
    // Compilation is lazy: render once with placeholders to surface syntax and unknown-slot errors now.
    template(Object.fromEntries(SLOT_NAMES.map((name) => [name, name])));
  } catch (error) {
    throw slotError(error as Error, file);
  }
  return (slots) => template(slots);
}

function slotError(error: Error, file: string): InputError {
  const message = error.message;
  const parseLine = /Parse error on line (\d+)/.exec(message)?.[1];
  if (parseLine) return new InputError(`the template's {{…}} syntax is broken: ${message.split("\n").at(-1)}`, { file, line: Number(parseLine) });
  const unknown = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (unknown) {
    return new InputError(`unknown slot {{${unknown[1]}}}`, { file, line: Number(unknown[2]), col: Number(unknown[3]) + 1, hint: `the slots are ${SLOT_NAMES.join(", ")}` });
  }
  return new InputError(`the template cannot be filled: ${message}`, { file });
}
