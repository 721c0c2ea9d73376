import { executeSuite } from "../../core/suite/index.ts";
const url = process.argv[2]!; const cache = process.argv[3]!;
const opts = { root: "/work/wt/models", workflow: "trial_expiration_email", candidate: "8", baseline: "production", datasets: ["/tmp/models-bench/distinct120.jsonl"],
  connection: { baseURL: url, apiKey: "sk-test" }, cacheDir: cache, concurrency: 16, repeat: 1, shard: null, judgeModel: null } as const;
const t = performance.now();
const r = await executeSuite(opts);
console.log(`warm ${(performance.now() - t).toFixed(0)} ms calls ${r.stats.calls}`);
