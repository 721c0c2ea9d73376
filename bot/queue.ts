/**
 * Work after the webhook is answered (GitHub waits 10 s at most). One reconcile at a time per
 * repository: a delivery that arrives while one runs asks for one more run, which reconciles to the
 * newest head, so a burst of deliveries costs at most two runs and they never race each other here.
 */
export interface WorkQueue {
  /** Runs `work` for key now, or once after the running one; resolves when the run that covers it ends. */
  enqueue(key: string, work: () => Promise<void>): Promise<void>;
  /** Resolves when nothing is running or waiting (tests, graceful shutdown). */
  idle(): Promise<void>;
}

export function createWorkQueue(onError: (key: string, error: unknown) => void): WorkQueue {
  const running = new Map<string, Promise<void>>();
  const again = new Map<string, { work: () => Promise<void>; done: Promise<void>; start: () => void }>();
  const run = (key: string, work: () => Promise<void>): Promise<void> => {
    const done = work()
      .catch((error: unknown) => onError(key, error))
      .finally(() => {
        running.delete(key);
        const next = again.get(key);
        again.delete(key);
        if (next) next.start();
      });
    running.set(key, done);
    return done;
  };
  return {
    enqueue(key, work) {
      if (!running.has(key)) return run(key, work);
      const waiting = again.get(key);
      if (waiting) {
        waiting.work = work;
        return waiting.done;
      }
      let start = () => undefined as void;
      const done = new Promise<void>((resolve) => {
        start = () => void run(key, entry.work).then(resolve);
      });
      const entry = { work, done, start: () => start() };
      again.set(key, entry);
      return done;
    },
    async idle() {
      while (running.size > 0 || again.size > 0) await Promise.all([...running.values(), ...[...again.values()].map((e) => e.done)]);
    },
  };
}
