/**
 * A separate process that appends traces, for the concurrent-writers test:
 * node --import tsx store-writer.fixture.ts <root> <writer> <count> <padBytes>
 */
import { appendTrace } from "./store.ts";
import { issueExampleTrace } from "./example-trace.ts";

const [root = "", writer = "w", count = "0", padBytes = "0"] = process.argv.slice(2);
const padding = "x".repeat(Number(padBytes));
const writes: Promise<void>[] = [];
for (let i = 0; i < Number(count); i++) {
  const record = issueExampleTrace({ trace_id: `trace_${writer}_${i}`, parameters: { writer, i, padding } });
  writes.push(appendTrace(root, record));
}
await Promise.all(writes);
