/**
 * Screenshots of rendered emails in headless Chromium (the system browser, driven by
 * playwright-core), so reviewers see what recipients see. No network: an email that needs the
 * internet to look right shows that here.
 */
import { access } from "node:fs/promises";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** Widths reviewers check: a desktop client's reading pane and a phone. */
export const PREVIEW_WIDTHS = { desktop: 1024, mobile: 375 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** The first Chromium that exists: the given path (COPYGATE_CHROMIUM), then Debian's and the usual names. */
export async function findChromium(given?: string): Promise<string | null> {
  const candidates = given ? [given] : ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  for (const path of candidates) {
    if (await access(path).then(() => true, () => false)) return path;
  }
  return null;
}

export interface EmailScreenshots {
  /** PNG bytes per width. */
  png: Record<PreviewWidth, Buffer>;
  /** The text a reader sees (innerText of the body at desktop width). */
  visibleText: string;
}

export interface PreviewBrowser {
  screenshot(html: string): Promise<EmailScreenshots>;
  close(): Promise<void>;
}

/** One browser for all variants (a fresh profile each launch, which Playwright creates). */
export async function openPreviewBrowser(executablePath: string): Promise<PreviewBrowser> {
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
  return {
    async screenshot(html) {
      const png = {} as Record<PreviewWidth, Buffer>;
      let visibleText = "";
      for (const [name, width] of Object.entries(PREVIEW_WIDTHS) as [PreviewWidth, number][]) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, javaScriptEnabled: false });
        try {
          await page.route("**/*", (route) => route.abort());
          await page.setContent(html, { waitUntil: "load" });
          png[name] = await page.screenshot({ fullPage: true, type: "png" });
          if (name === "desktop") visibleText = await page.innerText("body");
        } finally {
          await page.close();
        }
      }
      return { png, visibleText };
    },
    close: () => browser.close(),
  };
}
