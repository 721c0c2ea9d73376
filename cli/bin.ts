/** The process around `main`: argv in, exit code out, and a closed pipe (`copygate … | head`) is the reader being done. */
import { main } from "./main.ts";

for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.exitCode = await main(process.argv.slice(2));
