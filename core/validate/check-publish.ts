import { isInputError } from "../errors.ts";
import type { Campaign } from "../model/index.ts";
import { findTarget } from "../publish/targets/index.ts";
import { MjmlEngineUnavailable, mjmlToHtml } from "../render/mjml.ts";
import { parseEmailTemplate, templatePathFor } from "../render/template.ts";
import { SLOT_NAMES, unsubscribeUrl } from "../render/slots.ts";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";

type At = (path: (string | number)[], message: string) => Problem;

/** Without the process environment (a pull-request check), every credential variable counts as set. */
const EVERY_VARIABLE_SET: Record<string, string | undefined> = new Proxy({}, { get: (_, name) => (typeof name === "string" ? "(not checked here)" : undefined) });

/**
 * The publish target's own settings and, where the environment is known (the CLI), its credential
 * variables: a missing variable is a line here, not a crash at publish time.
 */
export async function publishProblems(campaign: Campaign, ctx: RepoContext, at: At): Promise<Problem[]> {
  const publish = campaign.publish as unknown;
  if (!publish || typeof publish !== "object") return [];
  const settings = publish as Record<string, unknown>;
  // An unknown name is reported by check-campaign; a target without settings to check has nothing here.
  const target = typeof settings.target === "string" ? findTarget(settings.target) : undefined;
  if (!target?.checkSettings) return [];
  // Without an environment (a pull request check) only the settings are checked, not the secrets.
  const env = ctx.env ?? EVERY_VARIABLE_SET;
  // "publish.api_key_env …" points at that key when it is there, else at the publish block.
  return target.checkSettings(settings, env).map((message) => {
    const field = /^publish\.([a-z_]+)/.exec(message)?.[1];
    return at(field && field in settings ? ["publish", field] : ["publish"], message);
  });
}

/** A campaign that names a template must name one that exists. */
export async function emailTemplateProblems(campaign: Campaign, ctx: RepoContext, at: At): Promise<Problem[]> {
  const template = campaign.email?.template;
  if (typeof template !== "string" || (await ctx.exists(template))) return [];
  return [at(["email", "template"], `email template "${template}" does not exist: give a repository-relative path to an .mjml file`)];
}

/**
 * A campaign whose email is rendered (its template, named or <campaign>/email.mjml, exists) needs an
 * unsubscribe link: its own, or the publish target's tag. Said here, not first at generate.
 */
export async function unsubscribeLinkProblems(campaign: Campaign, campaignDir: string, ctx: RepoContext, at: At): Promise<Problem[]> {
  if (typeof campaign.publish?.target !== "string" || !campaign.channel || typeof campaign.channel !== "object") return [];
  const template = templatePathFor(campaign, campaignDir);
  if (!template || unsubscribeUrl(campaign) || !(await ctx.exists(template.path))) return [];
  return [at(campaign.email ? ["email"] : ["publish", "target"], `the campaign renders email (${template.path}) but has no unsubscribe link for target "${campaign.publish.target}": set email.unsubscribe_url to your preference-center link (sendgrid, mailchimp and customerio place their own tag)`)];
}

/** An .mjml email template: its slots and its MJML, with every slot filled by a placeholder. */
export async function checkEmailTemplate(file: string, text: string): Promise<Problem[]> {
  try {
    const template = parseEmailTemplate(file, text);
    await mjmlToHtml(template.fill(Object.fromEntries(SLOT_NAMES.map((name) => [name, name])) as never), file);
    return [];
  } catch (error) {
    if (error instanceof MjmlEngineUnavailable) {
      return [{ path: file, line: 1, col: 1, message: `slots checked; MJML not checked: ${error.message} — \`copygate validate\` in a checkout with node_modules checks it`, advisory: true }];
    }
    if (!isInputError(error)) throw error;
    return [{ path: file, line: error.line ?? 1, col: error.col ?? 1, message: error.hint ? `${error.message} — ${error.hint}` : error.message }];
  }
}
