/**
 * The simulator in its own process for the bench, as a real provider would be: its CPU and memory
 * are not counted in the suite's. Driven over the IPC channel: start → { url }, stats → { requests, byStatus }, close.
 */
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../simulator/index.ts";

let simulator: RunningSimulator | null = null;

process.on("message", async (message: { kind: "start"; options: SimulatorOptions } | { kind: "stats" } | { kind: "close" }) => {
  if (message.kind === "start") {
    simulator = await startSimulator(message.options);
    process.send?.({ kind: "started", url: simulator.url });
  } else if (message.kind === "stats") {
    const stats = simulator?.stats();
    process.send?.({ kind: "stats", requests: stats?.requests ?? 0, byStatus: stats?.byStatus ?? {} });
  } else {
    await simulator?.close();
    process.exit(0);
  }
});
