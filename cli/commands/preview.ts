import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseFlags } from "../lib/flags.ts";
import { InputError } from "../../core/errors.ts";
import type * as ScreenshotsNamespace from "../../core/render/screenshots.ts";
import { draftsPath, loadCampaignContext, readDraftsFile } from "../../core/pipeline/index.ts";
import { loadRenderedVariant, renderedSlug } from "../../core/render/index.ts";
import type { CommandIo } from "../main.ts";

type ScreenshotsModule = typeof ScreenshotsNamespace;

const USAGE = "usage: copygate preview <campaign-dir> [--out dir]\n";

/** `copygate preview`: each variant's rendered HTML and PNG screenshots (desktop and mobile) from headless Chromium. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseFlags("preview", args, { out: { type: "string" }, help: { type: "boolean", short: "h" } });
  const [campaignArg, ...extra] = parsed.positionals;
  if (parsed.values.help) return io.stdout(USAGE), 0;
  if (!campaignArg || extra.length > 0) return io.stderr(USAGE), 2;

  const root = io.cwd;
  const campaignDir = relative(root, resolve(root, campaignArg)) || ".";
  const context = await loadCampaignContext(root, campaignDir);
  const drafts = await readDraftsFile(root, draftsPath(campaignDir));
  if (!drafts) throw new InputError(`${draftsPath(campaignDir)} does not exist`, { hint: `run \`copygate generate ${campaignDir}\` first` });
  if (!drafts.variants.some((v) => v.rendered)) {
    throw new InputError(`${draftsPath(campaignDir)} has no rendered emails`, { hint: `add ${campaignDir}/email.mjml (or email.template in campaign.yaml) and run \`copygate generate ${campaignDir}\`` });
  }
  // The browser driver is an optional peer of the package: loaded only here, and named when missing.
  let screenshots: ScreenshotsModule;
  try {
    screenshots = await import("../../core/render/screenshots.ts");
  } catch {
    io.stderr("copygate preview: the browser driver playwright-core is not installed; run `npm install --save-dev playwright-core` (it drives the system Chromium, it downloads no browser)\n");
    return 2;
  }
  const { findChromium, openPreviewBrowser } = screenshots;
  const chromium = await findChromium(io.env.COPYGATE_CHROMIUM);
  if (!chromium) {
    io.stderr("copygate preview: no Chromium found; install it (Debian: apt-get install chromium) or set COPYGATE_CHROMIUM to its path\n");
    return 2;
  }
  const out = parsed.values.out ?? join(".copygate", "previews", context.campaign.id);
  await mkdir(resolve(root, out), { recursive: true });
  const browser = await openPreviewBrowser(chromium);
  try {
    for (const variant of drafts.variants) {
      const email = await loadRenderedVariant(root, campaignDir, variant);
      if (!email) continue;
      const slug = renderedSlug(variant.audience.key);
      const shots = await browser.screenshot(email.html);
      await writeFile(resolve(root, out, `${slug}.html`), email.html);
      await writeFile(resolve(root, out, `${slug}-desktop.png`), shots.png.desktop);
      await writeFile(resolve(root, out, `${slug}-mobile.png`), shots.png.mobile);
      io.stdout(`${variant.audience.key}: ${join(out, `${slug}.html`)}, ${join(out, `${slug}-desktop.png`)}, ${join(out, `${slug}-mobile.png`)}\n`);
    }
  } finally {
    await browser.close();
  }
  return 0;
}
