/**
 * copygate preview in the real browser: Debian's Chromium renders the example campaign's emails;
 * the screenshots must not be blank and the copy must be visible text. Skipped (with a line saying
 * why) where no Chromium is installed, except in CI, where .ci/run installs it and it is required.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { findChromium, openPreviewBrowser } from "../../core/render/screenshots.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const browserPath = await findChromium(process.env.COPYGATE_CHROMIUM);
if (!browserPath && process.env.CI === "true") throw new Error("CI requires Chromium for the preview tests: .ci/run installs Debian's chromium");
if (!browserPath) console.log("preview tests skipped: no Chromium (apt-get install chromium, or set COPYGATE_CHROMIUM)");

interface PixelStats {
  width: number;
  height: number;
  /** Variance of luminance over all pixels (0 for a blank page). */
  variance: number;
  /** Share of pixels much darker than white: text and the button. */
  inked: number;
}

/** Decodes a PNG in the browser itself and measures it, so no image library is needed. */
async function pixelStats(png: Buffer): Promise<PixelStats> {
  const browser = await chromium.launch({ executablePath: browserPath!, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    return await page.evaluate(async (base64) => {
      // Browser globals, typed here because the project compiles without the DOM library.
      const { createImageBitmap, OffscreenCanvas } = globalThis as unknown as {
        createImageBitmap: (blob: Blob) => Promise<{ width: number; height: number }>;
        OffscreenCanvas: new (w: number, h: number) => { getContext(kind: "2d"): { drawImage(image: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null };
      };
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let sum = 0;
      let squares = 0;
      let inked = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
        sum += y;
        squares += y * y;
        if (y < 128) inked += 1;
      }
      const mean = sum / n;
      return { width: bitmap.width, height: bitmap.height, variance: squares / n - mean * mean, inked: inked / n };
    }, png.toString("base64"));
  } finally {
    await browser.close();
  }
}

describe.skipIf(!browserPath)("copygate preview in headless Chromium", () => {
  let out: string;
  let stdout = "";
  let stderr = "";
  let code = -1;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "copygate-preview-"));
    code = await main(["preview", "campaigns/trial-expiration-3d", "--out", out], {
      cwd: ROOT, env: { COPYGATE_CHROMIUM: browserPath! }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t),
    });
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it("writes each variant's HTML and a desktop and a mobile screenshot, and says where", async () => {
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(["personalized-admin", "personalized-analyst", "personalized-viewer", "generic"].map((slug) =>
      `${slug === "generic" ? "generic" : slug.replace("personalized-", "personalized:")}: ${out}/${slug}.html, ${out}/${slug}-desktop.png, ${out}/${slug}-mobile.png\n`).join(""));
    expect((await readdir(out)).sort()).toHaveLength(12);
    expect(await readFile(join(out, "generic.html"), "utf8")).toBe(await readFile(join(ROOT, "campaigns/trial-expiration-3d/rendered/generic.html"), "utf8"));
  });

  it("takes screenshots that are not blank, at the two widths", async () => {
    const desktop = await pixelStats(await readFile(join(out, "personalized-admin-desktop.png")));
    const mobile = await pixelStats(await readFile(join(out, "personalized-admin-mobile.png")));
    expect([desktop.width, mobile.width]).toEqual([1024, 375]);
    expect(mobile.height).toBeGreaterThan(desktop.height);
    for (const shot of [desktop, mobile]) {
      expect(shot.variance).toBeGreaterThan(500);
      expect(shot.inked).toBeGreaterThan(0.01);
    }
  }, 60_000);

  it("shows the copy as visible text, and a blank page measures as blank", async () => {
    const browser = await openPreviewBrowser(browserPath!);
    try {
      const html = await readFile(join(ROOT, "campaigns/trial-expiration-3d/rendered/personalized-admin.html"), "utf8");
      const { visibleText } = await browser.screenshot(html);
      expect(visibleText).toContain("Keep everything you built during the trial by upgrading before it ends.");
      expect(visibleText).toContain("Upgrade to Team");
      expect(visibleText).toContain("Unsubscribe or manage email preferences");
      // The preheader is hidden: it is in the HTML for inboxes, not on the page.
      expect(visibleText).not.toContain("Upgrading keeps the dashboards");
      const blank = await browser.screenshot("<html><body style=\"background:#fff\"></body></html>");
      expect(blank.visibleText).toBe("");
      expect((await pixelStats(blank.png.desktop)).variance).toBeLessThan(1);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
