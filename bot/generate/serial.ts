/**
 * One run at a time per pull request: a second command waits for the first and then sees its
 * commit (so two comments at once make one commit). Across bot processes the Git Data API's
 * fast-forward check is the guard instead.
 */
export class PerPullRequestQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  run(key: string, job: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(job, job);
    const settled = next.catch(() => {});
    this.tails.set(key, settled);
    this.running.add(settled);
    void settled.then(() => {
      this.running.delete(settled);
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves when every queued run has finished (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

/** Remembers the last `limit` keys: a redelivered webhook or a head commit already tried. */
export class SeenKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly limit = 1000) {}

  /** true the first time a key is seen. */
  first(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.limit) this.keys.delete(this.keys.values().next().value as string);
    return true;
  }
}
