import { createSimulatorServer, newState } from "./server.js";
export { simulatorOptionsFromEnv } from "./options.js";
export { readBrief } from "./brief.js";
export async function startSimulator(options = {}) {
    const state = newState();
    const server = createSimulatorServer(options, state);
    const host = options.host ?? "127.0.0.1";
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address();
    let closing;
    return {
        url: `http://${host}:${port}/v1`,
        requestCount: () => state.stats.requests,
        stats: () => structuredClone(state.stats),
        close: () => {
            // Idempotent: a test's cleanup may close a simulator the test already closed.
            closing ??= new Promise((resolve, reject) => {
                server.close((error) => (error ? reject(error) : resolve()));
                // Keep-alive sockets would hold close() open; in-flight answers are abandoned on purpose.
                server.closeAllConnections();
            });
            return closing;
        },
    };
}
