// Bundles the copygate command (cli/bin.ts and everything it imports, dependencies included) into
// dist/: an installed copygate runs plain JavaScript, needs no TypeScript loader, and installs no
// runtime dependency tree of its own. Commands stay separate chunks, loaded on first use, so
// `copygate --version` loads almost nothing. `npm pack` runs this through "prepack".
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { precompiledSchemasPlugin } from "./precompiled-schemas.mjs";

/**
 * Left out of the bundle, for code MJML never runs: cheerio (under mjml-core and juice) imports undici
 * only for cheerio.fromURL, and encoding-sniffer / whatwg-encoding import iconv-lite (0.5 MB of
 * encoding tables) only to decode byte buffers, while MJML hands cheerio strings. Together a third of
 * what every rendering and `copygate validate` would read and compile on start. A stub throws if it
 * is ever used, so a change in MJML that needs one fails loudly (the rendering tests), never quietly.
 */
const NOT_BUNDLED = [
  { module: "undici", importer: /[\\/]cheerio[\\/]/, why: "cheerio.fromURL is not available in copygate (undici is not bundled)" },
  { module: "iconv-lite", importer: /[\\/](?:encoding-sniffer|whatwg-encoding)[\\/]/, why: "decoding byte buffers is not available in copygate (iconv-lite is not bundled)" },
  // mjml-core imports its minifier (htmlnano, which brings cosmiconfig and with it all of TypeScript,
  // 4 MB, for TypeScript configuration files) and the CSS preset it passes to it at load time, but
  // only calls them for `minify: true`; copygate renders with minify off (core/render/mjml.ts).
  { module: "htmlnano", importer: /[\\/]mjml-core[\\/]/, why: "minified MJML output is not available in copygate (htmlnano is not bundled)" },
  { module: "cssnano-preset-lite", importer: /[\\/]mjml-core[\\/]/, why: "minified MJML output is not available in copygate (cssnano-preset-lite is not bundled)" },
];
const unusedByMjmlPlugin = {
  name: "copygate-unused-by-mjml",
  setup(b) {
    for (const { module, importer, why } of NOT_BUNDLED) {
      b.onResolve({ filter: new RegExp(`^${module}$`) }, (args) => (importer.test(args.importer) ? { path: module, namespace: "copygate-stub", pluginData: why } : undefined));
    }
    b.onLoad({ filter: /.*/, namespace: "copygate-stub" }, (args) => ({
      contents: `function fail() { throw new Error(${JSON.stringify(NOT_BUNDLED.find((n) => n.module === args.path).why)}); }\nmodule.exports = new Proxy({}, { get: (_, key) => (key === "__esModule" || typeof key === "symbol" ? undefined : fail) });`,
      loader: "js",
    }));
  },
};

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist");
rmSync(outdir, { recursive: true, force: true });
// The code's fingerprint, computed from the sources as a checkout computes it: results kept on disk
// (check results) are reused only by the same code (core/code-fingerprint.ts).
const fingerprint = execFileSync(process.execPath, [join(root, "bin", "run-ts.js"), join(root, "scripts", "print-code-fingerprint.ts")], { cwd: root, encoding: "utf8" }).trim();
const result = await build({
  absWorkingDir: root,
  // The MJML engine's worker thread is a file of its own (core/render/engine-thread.ts).
  entryPoints: { "cli/bin": "cli/bin.ts", "core/render/engine-worker": "core/render/engine-worker.ts" },
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
  // Less source for Node to read and compile on every start (validate: 1.37 s → 1.21 s); names kept for stack traces.
  // COPYGATE_NO_MINIFY=1 builds readable code, for a CPU profile (node --cpu-prof dist/cli/bin.js …) that names functions.
  minify: !process.env.COPYGATE_NO_MINIFY,
  keepNames: true,
  // The worker's path from any chunk (dist/chunks/ and dist/cli/ are both one level below dist/).
  define: { __COPYGATE_CODE_FINGERPRINT__: JSON.stringify(fingerprint), __COPYGATE_MJML_WORKER__: JSON.stringify("../core/render/engine-worker.js") },
  // The file formats' validators, compiled here rather than on every start.
  plugins: [precompiledSchemasPlugin(root), unusedByMjmlPlugin],
});
// Types of the file formats and the core, for tools that read drafts.json or campaign.yaml.
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
writeFileSync(join(outdir, "package.json"), `${JSON.stringify({ type: "module", private: true }, null, 2)}\n`);
// COPYGATE_METAFILE=<file>: esbuild's record of which module went into which chunk, to see what a command loads.
if (process.env.COPYGATE_METAFILE) writeFileSync(process.env.COPYGATE_METAFILE, JSON.stringify(result.metafile));
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`dist/ built: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024).toFixed(0)} KiB`);
