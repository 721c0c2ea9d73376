import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const productName = (draft: Record<string, unknown>) => runCheck("product_name", draft, ctx);
const PASS = 'The product is always written "Lumora".';
const fail = (forms: string) => `The copy writes the product name as ${forms}; always write "Lumora".`;

describe("product_name: 'the Lumora'", () => {
  it("passes 'the Lumora' before a word that names the company or an account page", () => {
    for (const noun of ["teams", "app", "community", "support", "help", "blog", "billing", "account", "workspace", "trial", "Team plan"]) {
      expect(productName(withBody(`Everything in the Lumora ${noun} stays as it is.`)).message, noun).toBe(PASS);
    }
  });

  it("fails 'the Lumora' before any other word, quoting it", () => {
    expect(productName(withBody("Dashboards in the Lumora stay."))).toMatchObject({
      status: "fail",
      message: fail('"the Lumora"'),
      evidence: ["Dashboards in the Lumora stay."],
    });
    expect(productName(withBody("Dashboards in The lumora stay."))).toMatchObject({
      status: "fail",
      message: fail('"the Lumora" and "lumora"'),
      evidence: ["Dashboards in The lumora stay."],
    });
    expect(productName(withBody("Dashboards in the  Lumora stay."))).toMatchObject({ status: "fail", message: fail('"the Lumora"') });
  });
});

describe("product_name: casing", () => {
  it("fails a lower-case or mixed-case name and quotes it as written", () => {
    expect(productName(withBody("Your lumora trial ends soon."))).toMatchObject({ status: "fail", message: fail('"lumora"'), evidence: ["Your lumora trial ends soon."] });
    expect(productName(withBody("Your LuMora trial ends soon."))).toMatchObject({ status: "fail", message: fail('"LuMora"'), evidence: ["Your LuMora trial ends soon."] });
  });

  it("names a form once however often it appears", () => {
    expect(productName(withBody("Your lumora trial: lumora keeps it."))).toMatchObject({
      status: "fail",
      message: fail('"lumora"'),
      evidence: ["Your lumora trial: lumora keeps it."],
    });
  });

  it("fails LUMORA even before a company noun", () => {
    expect(productName(withBody("Thanks from the LUMORA team."))).toMatchObject({ status: "fail", message: fail('"LUMORA"'), evidence: ["Thanks from the LUMORA team."] });
  });

  it("fails LUMORA only in capitals and any casing of Lumora.io", () => {
    expect(productName(withBody("Sign in at lumora.IO today."))).toMatchObject({ status: "fail", message: fail('"Lumora.io"'), evidence: ["Sign in at lumora.IO today."] });
    expect(productName(withBody("LUMORA keeps your work."))).toMatchObject({ status: "fail", message: fail('"LUMORA"'), evidence: ["LUMORA keeps your work."] });
  });

  it("leaves web and e-mail addresses alone, which are lower-case by nature", () => {
    for (const sentence of ["Read more at lumora.example/docs.", "Write to help@lumora.example with questions.", "Sign in at https://lumora.io/login today.", "Open my-lumora in your browser."]) {
      expect(productName(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });
});

describe("product_name: a brand policy's own forbidden forms", () => {
  const withForms = (forbidden_forms: string[]): CheckContext => ({
    ...ctx,
    policies: { ...ctx.policies, brand: { ...ctx.policies.brand, product_name: { ...ctx.policies.brand.product_name, forbidden_forms } } },
  });
  const check = (draft: Record<string, unknown>, forms: string[]) => runCheck("product_name", draft, withForms(forms));

  it("never counts the canonical name as a forbidden form matched in another case", () => {
    expect(check(withBody("Lumora keeps your dashboards."), ["lumora"]).message).toBe(PASS);
  });

  it("never reports the canonical name itself when the policy lists it", () => {
    expect(check(withBody("Your lumora dashboards stay."), ["Lumora"]).message).toBe(fail('"lumora"'));
  });

  it("reads an article only at the start of a form", () => {
    expect(check(withBody("Thanks from all of us at the Lumora team."), ["at the Lumora"])).toMatchObject({ status: "fail", message: fail('"at the Lumora"') });
  });

  it("matches a form written with two spaces however the copy spaces it", () => {
    expect(check(withBody("Dashboards in the Lumora stay."), ["the  Lumora"]).message).toBe(fail('"the  Lumora"'));
  });
});
