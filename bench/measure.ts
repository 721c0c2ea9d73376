/** What every bench row reports, and how it is printed. */
export interface BenchRow {
  name: string;
  /** Model calls the run needed (cases × versions × repeats), which the limit is computed from. */
  calls: number;
  concurrency: number;
  latencyMs: number;
  wallMs: number;
  /** ceil(calls / concurrency) × latency: no client can be faster against this server. */
  limitMs: number;
  simulatorRequests: number;
  peakRssMb: number;
  /** The target this row is held to, and whether it was met. */
  target?: { text: string; met: boolean };
  note?: string;
}

export function physicalLimitMs(calls: number, concurrency: number, latencyMs: number): number {
  return Math.ceil(calls / concurrency) * latencyMs;
}

/** Peak resident set size of this process so far, in MB (maxRSS is in kilobytes). */
export function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

export function formatRows(rows: BenchRow[]): string {
  const header = ["section", "calls", "conc", "latency", "wall", "limit", "wall/limit", "sim requests", "peak RSS", "target"];
  const body = rows.map((r) => [
    r.name, String(r.calls), String(r.concurrency), `${r.latencyMs} ms`, `${(r.wallMs / 1000).toFixed(2)} s`,
    r.limitMs > 0 ? `${(r.limitMs / 1000).toFixed(2)} s` : "-", r.limitMs > 0 ? (r.wallMs / r.limitMs).toFixed(2) : "-",
    String(r.simulatorRequests), `${r.peakRssMb} MB`, r.target ? `${r.target.met ? "MET" : "MISSED"}: ${r.target.text}` : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line), ...(notes.length ? ["notes:", ...notes] : [])].join("\n");
}
