/**
 * Check results kept between runs. The checks are deterministic: the same answer, checked in the same
 * context (brief, policies, output schema, channel) by the same code, gives the same results, so a
 * re-run with nothing changed reuses them instead of checking 240 answers again. Kept under the code's
 * fingerprint (core/code-fingerprint.ts), in one file read once and written once a run (atomic
 * rename): a changed check, policy or brief is a miss, never a stale result; a damaged or foreign
 * file is ignored. Reused results are counted in the run's stats ("check results reused").
 */
import { mkdir, readFile } from "node:fs/promises";
import { writeFileAtomically } from "../files/atomic.ts";
import { dirname, join } from "node:path";
import { codeFingerprint } from "../code-fingerprint.ts";
import type { CheckContext } from "../evals/index.ts";
import { canonicalJson, sha256 } from "../hash.ts";
import type { CheckResult } from "../model/index.ts";

/** Bumped whenever what an entry means changes. */
const FORMAT = 1;
/**
 * Entries kept besides this run's (a suite's answer holds ~6 KB of results): a few suites' worth,
 * oldest first out, so the file stays a few MB however many runs share the folder.
 */
const OTHER_RUNS_LIMIT = 2_000;

interface CacheFile {
  format: number;
  code: string;
  entries: Record<string, CheckResult[]>;
}

export class CheckResultsCache {
  private loaded: Promise<Map<string, CheckResult[]>> | undefined;
  private added = 0;
  /** Keys this run read or wrote: always kept. */
  private readonly used = new Set<string>();
  private readonly digests = new WeakMap<object, string>();
  reused = 0;

  private constructor(private readonly file: string, private readonly code: string) {}

  /** Null when the code has no fingerprint (nothing can then be reused safely). */
  static in(cacheDir: string): CheckResultsCache | null {
    const code = codeFingerprint();
    return code ? new CheckResultsCache(join(cacheDir, "checks", `${code.slice(0, 16)}.json`), code) : null;
  }

  /** The results for this answer in this context, from the file when known, else from `check`. */
  async through(output: Record<string, unknown>, ctx: CheckContext, checkIds: readonly string[] | undefined, check: () => CheckResult[]): Promise<CheckResult[]> {
    const entries = await (this.loaded ??= this.load());
    const key = this.key(output, ctx, checkIds);
    this.used.add(key);
    const known = entries.get(key);
    if (known) {
      this.reused++;
      return structuredClone(known);
    }
    const results = check();
    entries.set(key, results);
    this.added++;
    return results;
  }

  /** Writes what this run added (with what was there), if anything. */
  async save(): Promise<void> {
    if (!this.loaded || this.added === 0) return;
    const all = [...(await this.loaded)];
    const entries = [...all.filter(([key]) => !this.used.has(key)).slice(-OTHER_RUNS_LIMIT), ...all.filter(([key]) => this.used.has(key))];
    const content: CacheFile = { format: FORMAT, code: this.code, entries: Object.fromEntries(entries) };
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomically(this.file, JSON.stringify(content));
      this.added = 0;
    } catch {
      // an unwritable cache costs the next run time, never a result
    }
  }

  private async load(): Promise<Map<string, CheckResult[]>> {
    try {
      const content = JSON.parse(await readFile(this.file, "utf8")) as CacheFile;
      if (content.format === FORMAT && content.code === this.code && content.entries && typeof content.entries === "object") {
        return new Map(Object.entries(content.entries).filter(([, v]) => Array.isArray(v)));
      }
    } catch {
      // absent or damaged: start empty
    }
    return new Map();
  }

  private key(output: Record<string, unknown>, ctx: CheckContext, checkIds: readonly string[] | undefined): string {
    // Policies and the output schema are the same objects for every case of a run: hashed once each.
    const context = { ...ctx, policies: this.digest(ctx.policies), outputSchema: this.digest(ctx.outputSchema) };
    return sha256(canonicalJson({ output, context, checks: checkIds ?? "default" }));
  }

  private digest(value: object | undefined): string {
    if (!value || typeof value !== "object") return String(value);
    let digest = this.digests.get(value);
    if (!digest) this.digests.set(value, (digest = sha256(canonicalJson(value))));
    return digest;
  }
}
