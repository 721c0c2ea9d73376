import type { CommandIo } from "../main.ts";

export async function run(_args: string[], io: CommandIo): Promise<number> {
  io.stdout("copygate freshness: not yet\n");
  return 0;
}
