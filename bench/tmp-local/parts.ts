import { prepareSuite } from "../../core/suite/setup.ts";
import { pipelineCollaborators } from "../../core/suite/pipeline.ts";
import { createGenerator, cacheKey } from "../../core/generate/index.ts";
import { canonicalJson } from "../../core/hash.ts";
const url = process.argv[2]!; const cache = process.argv[3]!;
const opts = { root: "/work/wt/models", workflow: "trial_expiration_email", candidate: "8", baseline: "production", datasets: ["/tmp/models-bench/distinct120.jsonl"] } as const;
const setup = await prepareSuite(opts.root, opts);
const gen = createGenerator({ baseURL: url, apiKey: "x", cacheDir: cache, concurrency: 16 });
const col = pipelineCollaborators({ setup, generatorFor: () => gen });
for (let round = 0; round < 3; round++) {
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  let t = cpu(); const msgs = [];
  for (const c of setup.dataset.cases) for (const v of [setup.candidate, setup.baseline]) msgs.push({ v, c, m: await col.render(v, c.input) });
  const render = cpu() - t; t = cpu();
  for (const x of msgs) cacheKey({ endpoint: "e", provider: "openai", model: "gpt-4.1", parameters: { temperature: 0.4, response_format: { name: "x", schema: x.v.outputSchema } }, messages: x.m });
  const key = cpu() - t; t = cpu();
  const outs = [];
  for (const x of msgs) outs.push({ ...x, r: await gen.generate({ messages: x.m, outputSchema: x.v.outputSchema, schemaName: x.v.workflow, settings: { model: setup.candidate.model, temperature: setup.candidate.config.temperature } }) });
  const g = cpu() - t; t = cpu();
  for (const x of outs) if (x.r.ok) await col.check(x.r.content, x.c, x.v);
  const chk = cpu() - t;
  console.log(`render ${render.toFixed(0)} key ${key.toFixed(0)} generate(cache) ${g.toFixed(0)} checks ${chk.toFixed(0)} ms cpu; hits ${gen.stats().cacheHits}`);
}
