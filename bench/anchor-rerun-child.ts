// The anchor's warm re-run in a process of its own (anchor-sections.ts): prints one JSON line { wallMs, stats, lost }.
import { runOnce, type Spec } from "./anchor-sections.ts";

const { url, spec, file, cacheDir } = JSON.parse(process.argv[2]!) as { url: string; spec: Spec; file: string; cacheDir: string };
process.stdout.write(`${JSON.stringify(await runOnce(url, spec, file, cacheDir))}\n`, () => process.exit(0));
