/**
 * Bundles the Action (action/src/run.ts and everything it imports) into action/dist/index.js:
 * ESM for Node (index.js plus the lazily loaded pipeline chunk), with a `require` for the
 * CommonJS dependencies inside it.
 * `npm run build` writes the committed bundle; `--outdir <dir>` writes elsewhere (scripts/check-dist.sh).
 */
import { build } from "esbuild";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { outdir: { type: "string", default: "action/dist" } } });
const outdir = resolve(values.outdir!);

// A clean folder: chunks renamed by a new hash must not linger beside the new ones.
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
  entryPoints: { index: "action/src/run.ts" },
  outdir,
  // The pipeline is a separate chunk loaded on first use: the Action reaches GitHub sooner.
  splitting: true,
  // Chunks sit beside index.js on purpose: core/evals finds copygate's own judge rubrics at
  // ../../prompts/judges from its module, which from action/dist/ is the copygate checkout's root.
  chunkNames: "[name]-[hash]",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // @actions/core 3 is ESM-only, and some dependencies are CommonJS: give them a require.
  banner: { js: 'import { createRequire as __copygateCreateRequire } from "node:module";\nconst require = __copygateCreateRequire(import.meta.url);' },
  // Optional native driver pg tries to load; never installed, never used. The MJML engine renders
  // emails in `copygate generate`, never in the Action (which reads the committed rendered files):
  // bundled, its minifiers would add ~15 MB; core/render/mjml.ts says so when it is not there.
  external: ["pg-native", "mjml-core", "mjml-preset-core", "mjml-validator"],
  legalComments: "linked",
  logLevel: "warning",
  metafile: true,
});
// The bundle is ESM whatever package.json sits above the folder the Action is checked out in.
await writeFile(join(outdir, "package.json"), `${JSON.stringify({ type: "module", private: true }, null, 2)}\n`);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
process.stdout.write(`action bundle: ${join(values.outdir!, "index.js")} (${(bytes / 1024).toFixed(0)} KiB)\n`);
