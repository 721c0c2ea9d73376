import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";
import { buildScaffold } from "../lib/scaffold.ts";

export const spec: CommandSpec = {
  name: "init",
  summary: "start a copygate repository: one prompt workflow, one campaign, policies, a file source with sample data, the workflow, reviewers and schemas",
  arguments: [{ name: "[dir]", description: "where to write it (default: the current folder)" }],
  options: [
    { flags: "--org <org>", description: "the GitHub organisation whose teams review (CODEOWNERS, .github/copygate-reviewers)", default: "your-org" },
    { flags: "--action <ref>", description: "the copygate Action the workflow uses", default: "copygate/copygate/action@v0" },
  ],
  examples: ["npx copygate init marketing-copy --org acme", "npx copygate init"],
  notes: "It never overwrites: when any file it would write exists, it writes nothing and lists them.\nExit: 0 written, 1 a file exists, 2 usage error.",
};

/** `copygate init [dir]`: scaffold a repository that passes `validate` and runs `generate` out of the box. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(spec, args, io);
  if (typeof parsed === "number") return parsed;
  const options = parsed.opts as { org: string; action: string };
  const target = resolve(io.cwd, parsed.positionals[0] ?? ".");
  const shown = relative(io.cwd, target) || ".";
  const files = await buildScaffold({ now: new Date(), org: options.org.replace(/^@/, ""), action: options.action });
  const existing = [...files.keys()].filter((path) => existsSync(join(target, path)));
  if (existing.length > 0) {
    io.stderr(`copygate init: ${existing.length} of the files it would write already exist in ${shown}; nothing was written:\n${existing.map((p) => `  ${p}\n`).join("")}Move them away or run init in an empty folder.\n`);
    return 1;
  }
  for (const [path, content] of files) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), content, { flag: "wx" });
  }
  const cd = shown === "." ? "" : `  cd ${shown}\n`;
  io.stdout(`copygate init: wrote ${files.size} files in ${shown}\n\nNext:\n${cd}  npx copygate validate\n  npx copygate generate campaigns/trial-ending\n  npx copygate check campaigns/trial-ending\n\nThen replace the example policies, the sample data and the brief with yours (see README.md there).\n`);
  return 0;
}
