import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DraftsFile } from "../../core/model/index.ts";
import { customerioTarget } from "../../core/publish/targets/customerio.ts";
import { formatPlannedRequests } from "../../core/publish/targets/index.ts";
import { sendgridTarget } from "../../core/publish/targets/sendgrid.ts";
import { CAMPAIGN_DIR, exampleRequest, ROOT } from "./example-request.ts";

describe("the dry-run text of a target's planned requests", () => {
  it("lists each request with its purpose, the key masked and the rendered parts by size and drafts.json hash", async () => {
    const full = await exampleRequest({ target: "customerio", api_key_env: "CUSTOMERIO_APP_API_KEY", audiences: { generic: "44" } });
    const request = { ...full, variants: full.variants.filter((v) => v.audienceKey === "generic") };
    const drafts = JSON.parse(await readFile(join(ROOT, CAMPAIGN_DIR, "drafts.json"), "utf8")) as DraftsFile;
    const generic = drafts.variants.find((v) => v.audience.key === "generic")!.rendered!;
    const bytes = Buffer.byteLength(await readFile(join(ROOT, CAMPAIGN_DIR, generic.html_file), "utf8"));

    expect(formatPlannedRequests("customerio", customerioTarget.preview!(request, { env: {}, root: ROOT }))).toBe(`customerio: 2 requests (nothing sent)
1. find earlier newsletters by name
   GET https://api.customer.io/v1/newsletters?limit=100&sort=desc
   authorization: Bearer ***
   accept: application/json
2. create the draft for generic
   POST https://api.customer.io/v1/newsletters
   authorization: Bearer ***
   accept: application/json
   content-type: application/json
   {
     "type": "email",
     "name": "${request.ledgerKey} generic",
     "recipients": {
       "segment": {
         "id": 44
       }
     },
     "subject": "${generic.subject}",
     "body": "<${bytes} bytes, ${generic.html_hash}>"
   }
`);
  });

  it("refuses to plan what publish would refuse", async () => {
    const request = await exampleRequest({ target: "sendgrid", api_key_env: "SENDGRID_API_KEY", audiences: {} });
    expect(() => sendgridTarget.preview!(request, { env: {}, root: ROOT })).toThrow(
      "sendgrid: publish.audiences has no entry for personalized:admin; publish.audiences has no entry for personalized:analyst; publish.audiences has no entry for personalized:viewer; publish.audiences has no entry for generic. Nothing was published.",
    );
  });
});
