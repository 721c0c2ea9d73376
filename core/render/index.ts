export { loadEmailTemplate, parseEmailTemplate, templatePathFor } from "./template.ts";
export type { EmailTemplate } from "./template.ts";
export { renderVariantEmail } from "./render.ts";
export type { RenderedEmail } from "./render.ts";
export { SLOT_NAMES, PLATFORM_UNSUBSCRIBE_TAGS, templateSlots, unsubscribeUrl } from "./slots.ts";
export type { TemplateSlots } from "./slots.ts";
export { renderedRecord, renderedFiles, renderedSlug, renderedMismatch, writeRenderedFiles, fileHash } from "./files.ts";
export type { RenderedFiles } from "./files.ts";
export { loadRenderedVariant } from "./load.ts";
export { checkRenderedEmail, withRenderedChecks } from "./checks.ts";
export { htmlToPlainText } from "./text.ts";
export { mjmlToHtml, MjmlEngineUnavailable } from "./mjml.ts";
// screenshots.ts (playwright-core) is imported directly by `copygate preview`: nothing else loads a browser driver.
