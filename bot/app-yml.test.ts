import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { HANDLED_EVENTS } from "./app.ts";

describe("bot/app.yml", () => {
  it("subscribes to exactly the events the app handles, with the least permissions its calls need", async () => {
    const manifest = parse(await readFile(new URL("./app.yml", import.meta.url), "utf8")) as { default_events: string[]; default_permissions: Record<string, string> };
    expect([...manifest.default_events].sort()).toEqual(Object.keys(HANDLED_EVENTS).sort());
    expect(manifest.default_permissions).toEqual({
      contents: "write", deployments: "write", statuses: "write", pull_requests: "write", issues: "read", members: "read", metadata: "read",
    });
  });
});
