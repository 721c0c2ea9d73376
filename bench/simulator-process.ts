/** Starts bench/simulator-child.ts in a child process and talks to it over IPC. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SimulatorOptions } from "../simulator/index.ts";

export interface SimulatorProcess {
  url: string;
  stats(): Promise<{ requests: number; byStatus: Record<string, number> }>;
  close(): Promise<void>;
}

export async function startSimulatorProcess(options: SimulatorOptions): Promise<SimulatorProcess> {
  const child = fork(fileURLToPath(new URL("./simulator-child.ts", import.meta.url)), [], { execArgv: ["--import", import.meta.resolve("tsx")], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const url = await request<{ url: string }>(child, { kind: "start", options }, "started");
  return {
    url: url.url,
    stats: () => request(child, { kind: "stats" }, "stats"),
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.send({ kind: "close" });
      await exited;
    },
  };
}

function request<T>(child: ChildProcess, message: object, replyKind: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: { kind: string } & T): void => {
      if (reply.kind !== replyKind) return;
      child.off("message", onMessage);
      resolve(reply);
    };
    child.on("message", onMessage);
    child.once("error", reject);
    child.send(message);
  });
}
