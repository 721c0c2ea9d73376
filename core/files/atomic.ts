import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";

/**
 * Writes beside the target under a name no other writer uses (process id and random bytes), then
 * renames it into place: a reader sees the old file or the new one, never half of one, and of two
 * concurrent writers the last rename wins whole. A failed write leaves no temporary file behind and
 * rethrows. The folder must exist.
 */
export async function writeFileAtomically(target: string, content: string): Promise<void> {
  const temp = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temp, content, "utf8");
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
