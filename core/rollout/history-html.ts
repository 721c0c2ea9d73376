/** The history as one self-contained HTML page with SVG charts (rates with Wilson intervals), for a workflow artifact. */
import { escapeHtml } from "../report/sections.ts";
import { versionRate } from "./history-format.ts";
import type { WorkflowHistory } from "./history.ts";
import type { CountColumn } from "./metrics.ts";

interface Bar {
  label: string;
  rate: number;
  low: number;
  high: number;
  production: boolean;
}

export function historyHtml(history: WorkflowHistory): string {
  const charts = (["upgrades", "unsubscribes", "clicks"] as CountColumn[]).map((column) => {
    const bars = history.versions.flatMap((v) => {
      const r = versionRate(v, column);
      return r ? [{ label: `v${v.version}`, ...r, production: v.production }] : [];
    });
    return bars.length ? svgBars(`${column === "clicks" ? "Click" : column === "upgrades" ? "Upgrade" : "Unsubscribe"} rate per delivered email`, bars) : "";
  });
  const rows = history.versions.map((v) => {
    const cells = [`v${v.version}${v.production ? " (production)" : ""}`, v.date ?? "—", v.status ?? "—", v.note ?? "—", v.business ? v.business.sends.toLocaleString("en-US") : "—"];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(history.workflow)}: prompt versions</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;color:#1f2328}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left}svg{margin:1em 0;display:block}</style></head>
<body><h1>${escapeHtml(history.workflow)}: prompt versions (production v${history.production})</h1>
<table><thead><tr><th>Version</th><th>Released</th><th>Status</th><th>Note</th><th>Sends</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>
${charts.filter(Boolean).join("\n")}
</body></html>
`;
}

/** Bars with Wilson-interval whiskers; the production version in a darker colour. */
export function svgBars(title: string, bars: Bar[]): string {
  const width = 120 + bars.length * 90;
  const height = 220;
  const top = Math.max(...bars.map((b) => b.high)) || 1;
  const y = (value: number) => 180 - (value / top) * 140;
  const items = bars.map((b, i) => {
    const x = 80 + i * 90;
    return [
      `<rect x="${x}" y="${y(b.rate).toFixed(1)}" width="50" height="${(180 - y(b.rate)).toFixed(1)}" fill="${b.production ? "#0969da" : "#54aeff"}"><title>${escapeHtml(b.label)}: ${(b.rate * 100).toFixed(2)} % (${(b.low * 100).toFixed(2)}–${(b.high * 100).toFixed(2)} %)</title></rect>`,
      `<line x1="${x + 25}" x2="${x + 25}" y1="${y(b.high).toFixed(1)}" y2="${y(b.low).toFixed(1)}" stroke="#1f2328"/>`,
      `<text x="${x + 25}" y="200" text-anchor="middle">${escapeHtml(b.label)}</text>`,
      `<text x="${x + 25}" y="${(y(b.high) - 6).toFixed(1)}" text-anchor="middle">${(b.rate * 100).toFixed(2)} %</text>`,
    ].join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}"><text x="10" y="20" font-weight="bold">${escapeHtml(title)}</text><line x1="70" x2="${width - 10}" y1="180" y2="180" stroke="#d0d7de"/>${items.join("")}</svg>`;
}
