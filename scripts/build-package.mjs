// Bundles the copygate command (cli/bin.ts and everything it imports, dependencies included) into
// dist/: an installed copygate runs plain JavaScript, needs no TypeScript loader, and installs no
// runtime dependency tree of its own. Commands stay separate chunks, loaded on first use, so
// `copygate --version` loads almost nothing. `npm pack` runs this through "prepack".
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist");
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { "cli/bin": "cli/bin.ts" },
  outdir,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // Some dependencies are CommonJS: give them a require.
  banner: { js: 'import { createRequire as __copygateCreateRequire } from "node:module";\nconst require = __copygateCreateRequire(import.meta.url);' },
  // pg's optional native driver is never installed; the browser driver finds the system Chromium at run time.
  external: ["pg-native", "playwright-core", "puppeteer-core"],
  legalComments: "linked",
  logLevel: "warning",
  metafile: true,
});
// Types of the file formats and the core, for tools that read drafts.json or campaign.yaml.
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
writeFileSync(join(outdir, "package.json"), `${JSON.stringify({ type: "module", private: true }, null, 2)}\n`);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`dist/ built: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024).toFixed(0)} KiB`);
