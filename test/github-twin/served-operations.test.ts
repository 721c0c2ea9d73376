import { describe, expect, it } from "vitest";
import { githubDescription, resolveLocal, type ResponseObject } from "./openapi-description.ts";
import { servedOperationIds } from "./router.ts";
import { schemaValidator } from "./openapi-schemas.ts";

function operationsById() {
  const byId = new Map<string, { template: string; method: string; operation: ReturnType<typeof githubDescription>["description"]["paths"][string][string] }>();
  for (const [template, methods] of Object.entries(githubDescription().description.paths)) {
    for (const [method, operation] of Object.entries(methods)) if (operation?.operationId) byId.set(operation.operationId, { template, method, operation });
  }
  return byId;
}

describe("the operations the twin serves", () => {
  it("all exist in GitHub's description", () => {
    const known = operationsById();
    expect(servedOperationIds().filter((id) => !known.has(id))).toEqual([]);
    expect(servedOperationIds().length).toBeGreaterThan(40);
  });

  it("all have request and response schemas that compile", () => {
    const known = operationsById();
    const started = performance.now();
    for (const id of servedOperationIds()) {
      const { operation } = known.get(id) as NonNullable<ReturnType<typeof known.get>>;
      const body = operation.requestBody?.content["application/json"]?.schema;
      if (body) schemaValidator(`${id} request`, body);
      for (const [status, response] of Object.entries(operation.responses)) {
        const schema = resolveLocal<ResponseObject>(response).content?.["application/json"]?.schema;
        if (schema) expect(() => schemaValidator(`${id} ${status}`, schema), `${id} ${status}`).not.toThrow();
      }
    }
    console.log(`github twin: compiled every served operation's schemas in ${(performance.now() - started).toFixed(0)} ms`);
  });
});
