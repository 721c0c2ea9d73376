/** Shadow mode from the repository: the sent copy (a file beside campaign.yaml or a source) and the candidate's context. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadSnapshot, type SourceOptions } from "../contract/index.ts";
import { InputError } from "../errors.ts";
import { loadSourceDefinition } from "../files/index.ts";
import type { Rollout } from "../model/index.ts";
import { parseSentCopy, type SentCopy } from "./shadow.ts";

export const DEFAULT_SENT = "sent.json";

export async function loadSentCopy(root: string, campaignDir: string, rollout: Rollout, options: SourceOptions = {}): Promise<{ origin: string; sent: SentCopy[] }> {
  const shadow = rollout.shadow ?? { sent: DEFAULT_SENT };
  if ("source" in shadow) {
    const definition = await loadSourceDefinition(root, shadow.source);
    const snapshot = await loadSnapshot(root, definition, options);
    return { origin: `source ${definition.name} (${definition.kind})`, sent: parseSentCopy(snapshot.rows, `sources/${definition.name}.yaml`) };
  }
  const file = join(campaignDir, shadow.sent);
  const text = await readFile(join(root, file), "utf8").catch(() => {
    throw new InputError(`sent copy file ${file} does not exist`, { file: join(campaignDir, "campaign.yaml"), field: "rollout.shadow.sent", hint: "export the copy the team sent (subject lines, preview text, body, CTA per audience) there as JSON" });
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`sent copy is not valid JSON: ${(error as Error).message.split("\n")[0]}`, { file });
  }
  return { origin: file, sent: parseSentCopy(data, file) };
}
