import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

// The links check guards recipients against phishing: every link must be the brief's cta_url or on
// an allowed domain, and no copy may ask for credentials. Each test names the exact message.

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const check = (middle: string, c: CheckContext = ctx) => runCheck("links", withBody(middle), c);

const PASS = "Every link is the call to action or on an allowed domain, and nothing asks for credentials.";
/** The example brief's cta_url is https://app.lumora.example/billing/upgrade?code=TEAM20; legal_v9 lists no allowed_domains. */
const stray = (...urls: string[]) =>
  `The copy links to ${urls.map((u) => `"${u}"`).join(", ").replace(/, ([^,]*)$/, " and $1")}, which ${urls.length === 1 ? "is" : "are"} neither the brief's cta_url nor on the cta_url's host app.lumora.example (legal_v9 lists no allowed_domains); remove it.`;
const asks = (what: string) => `The copy asks the reader for "${what}", which marketing email never does; remove it.`;

function withAllowed(domains: string[]): CheckContext {
  const allowlist = { id: "links_allowlist", rule: "Links only to our domains.", allowed_domains: domains };
  return { ...ctx, policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions: [...ctx.policies.legal.restrictions, allowlist] } } };
}

describe("links: which addresses count as links", () => {
  it("finds http, https and ftp addresses, trimming trailing sentence punctuation", () => {
    expect(check("Download it at http://files.evil.example/export.")).toMatchObject({
      status: "fail",
      message: stray("http://files.evil.example/export"),
      evidence: ["Download it at http://files.evil.example/export."],
    });
    expect(check("Get the export from ftp://files.evil.example/export, today.").message).toBe(stray("ftp://files.evil.example/export"));
    expect(check("Is your data at https://evil.example/x?!").message).toBe(stray("https://evil.example/x"));
  });

  it("finds a www. address without a path, and a bare domain only with a path", () => {
    expect(check("Visit www.evil.example today.").message).toBe(stray("www.evil.example"));
    expect(check("Visit evil.example/plans today.").message).toBe(stray("evil.example/plans"));
    expect(check("Visit help.evil.example/ today.").message).toBe(stray("help.evil.example/"));
    expect(check("Visit evil.example.net/a today.").message).toBe(stray("evil.example.net/a"));
    expect(check("Visit evil.io/a today.").message).toBe(stray("evil.io/a"));
    // A bare domain without a path reads as a name, not a link ("Lumora.io" is the product_name check's).
    expect(check("Dashboards built on evil.example stay yours.")).toMatchObject({ status: "pass", message: PASS });
  });

  it("reads a link written inside another link once, as the outer link", () => {
    expect(check("Go to https://evil.example/r?to=www.evil.example/x now.").message).toBe(stray("https://evil.example/r?to=www.evil.example/x"));
  });

  it("reads a www. address with a path, and one link written twice, as one link ('is', not 'are')", () => {
    expect(check("Visit www.evil.example/x today.")).toMatchObject({ status: "fail", message: stray("www.evil.example/x"), evidence: ["Visit www.evil.example/x today."] });
    expect(check("See https://evil.example/a, then https://evil.example/a again.").message).toBe(stray("https://evil.example/a"));
  });

  it("finds mailto addresses, without their query, and allows those on the cta_url's host", () => {
    expect(check("Write to mailto:help@evil.example?subject=trial for help.")).toMatchObject({
      status: "fail",
      message: stray("mailto:help@evil.example"),
    });
    expect(check("Write to mailto:help@APP.Lumora.example?subject=trial for help.").status).toBe("pass");
  });

  it("finds href and src targets that are not web addresses at all", () => {
    expect(check('Open <a href="javascript:alert(1)">your dashboards</a>.')).toMatchObject({
      status: "fail",
      message: stray("javascript:alert(1)"),
      evidence: ['Open <a href="javascript:alert(1)">your dashboards</a>.'],
    });
    expect(check("<img src=data:image/png;base64,AAAA>").message).toBe(stray("data:image/png;base64,AAAA"));
    expect(check('Open <a href = "javascript:void(0)">it</a>.').message).toBe(stray("javascript:void(0)"));
    // Protocol-relative: no scheme, so not a web address, even to an allowed host.
    expect(check('Open <a href="//app.lumora.example/prefs">it</a>.').message).toBe(stray("//app.lumora.example/prefs"));
  });

  it("reads an href to a web or mailto address once, as that address", () => {
    expect(check('Open <a href="https://evil.example/x">your dashboards</a>.').message).toBe(stray("https://evil.example/x"));
    expect(check('Write <a href="mailto:help@evil.example">to us</a>.').message).toBe(stray("mailto:help@evil.example"));
    expect(check('Open <a href="https://app.lumora.example/prefs">your settings</a>.').status).toBe("pass");
    expect(check('Write <a href="mailto:help@app.lumora.example">to us</a>.').status).toBe("pass");
  });

  it("names each stray link once and says 'are' for several", () => {
    expect(check("See https://evil.example/a and https://evil.example/a, or https://bad.example/b.")).toMatchObject({
      status: "fail",
      message: stray("https://evil.example/a", "https://bad.example/b"),
      evidence: [
        "See https://evil.example/a and https://evil.example/a,…",
        "…https://evil.example/a and https://evil.example/a, or https://bad.example/b.",
        "…https://evil.example/a, or https://bad.example/b.",
      ],
    });
  });
});

describe("links: which links are allowed", () => {
  it("allows the brief's cta_url even when its host is not on legal's allowlist, however its host is written", () => {
    const c = withAllowed(["status.example"]);
    expect(check("Upgrade at https://app.lumora.example/billing/upgrade?code=TEAM20 today.", c)).toMatchObject({ status: "pass", message: PASS });
    expect(check("Upgrade at https://APP.Lumora.example:443/billing/upgrade?code=TEAM20 today.", c)).toMatchObject({ status: "pass", message: PASS });
    expect(check("Upgrade at https://app.lumora.example/billing/other today.", c).message).toBe(
      'The copy links to "https://app.lumora.example/billing/other", which is neither the brief\'s cta_url nor on the allowed domains of legal_v9 (status.example); remove it.',
    );
  });

  it("matches allowed domains whatever their case, and names them all when a link is stray", () => {
    const c = withAllowed(["Lumora.EXAMPLE", "status.example"]);
    expect(check("Questions? https://help.lumora.example/trials", c).status).toBe("pass");
    expect(check("Status: https://status.example/now", c).status).toBe("pass");
    expect(check("Status: https://evilstatus.example/now", c).message).toBe(
      'The copy links to "https://evilstatus.example/now", which is neither the brief\'s cta_url nor on the allowed domains of legal_v9 (lumora.example and status.example); remove it.',
    );
  });

  it("allows mailto addresses on an allowed domain and its subdomains only", () => {
    const c = withAllowed(["lumora.example"]);
    expect(check("Write to mailto:help@support.lumora.example for help.", c).status).toBe("pass");
    expect(check("Write to mailto:help@evillumora.example for help.", c).message).toBe(
      'The copy links to "mailto:help@evillumora.example", which is neither the brief\'s cta_url nor on the allowed domains of legal_v9 (lumora.example); remove it.',
    );
  });

  it("refuses a link without a host on an allowlist too: a javascript: target, a host no URL parser reads", () => {
    const c = withAllowed(["lumora.example"]);
    const onAllowlist = (url: string) =>
      `The copy links to "${url}", which is neither the brief's cta_url nor on the allowed domains of legal_v9 (lumora.example); remove it.`;
    expect(check('Open <a href="javascript:alert(1)">your dashboards</a>.', c).message).toBe(onAllowlist("javascript:alert(1)"));
    expect(check("Open www.%zz.lumora.example/x today.", c).message).toBe(onAllowlist("www.%zz.lumora.example/x"));
  });

  it("allows nothing but the cta_url when the brief has none and legal lists no domains", () => {
    const c: CheckContext = { ...ctx, brief: { ...ctx.brief, cta_url: undefined } };
    expect(check("Settings: https://app.lumora.example/prefs", c).message).toBe(
      'The copy links to "https://app.lumora.example/prefs", which is neither the brief\'s cta_url nor on the cta_url\'s host (legal_v9 lists no allowed_domains); remove it.',
    );
  });
});

describe("links: asks for credentials", () => {
  it("fails every way of asking for credentials or payment details, quoting it lower-cased", () => {
    const cases: [string, string][] = [
      ["Reply with your passwords.", "passwords"],
      ["Reply with your Password.", "password"],
      ["Reply with the passcode we sent.", "passcode"],
      ["Reply with the passcodes we sent.", "passcodes"],
      ["Send us your login details.", "login details"],
      ["Send us your log-in credentials.", "log-in credentials"],
      ["Send us your credentials.", "credentials"],
      ["Type the one-time code we texted you.", "one-time code"],
      ["Type the one-time password we texted you.", "one-time password"],
      ["Confirm the security code on the back.", "security code"],
      ["Confirm the CVV on the back.", "cvv"],
      ["Reply with your card number.", "card number"],
      ["Reply with your card details.", "card details"],
      ["We need your social security number.", "social security number"],
      ["We need your bank details.", "bank details"],
      ["We need your bank account number.", "bank account number"],
      ["Please verify your account today.", "verify your account"],
      ["Please verify your identity today.", "verify your identity"],
      ["Please verify your payment today.", "verify your payment"],
      ["Please verify your billing today.", "verify your billing"],
      ["Please verify your card today.", "verify your card"],
    ];
    for (const [sentence, what] of cases) {
      expect(check(sentence), sentence).toMatchObject({ status: "fail", message: asks(what), evidence: [sentence] });
    }
  });

  it("leaves words that only contain a credential word alone", () => {
    for (const sentence of ["Passwordless sign-in comes with the Team plan.", "Share scorecard details with the team.", "Your credentialing team can see every dashboard."]) {
      expect(check(sentence), sentence).toMatchObject({ status: "pass", message: PASS });
    }
  });

  it("names each credential once, and both problems together when a link asks for them", () => {
    expect(check("Send your password to https://evil.example/x, your password only.")).toMatchObject({
      status: "fail",
      message:
        'The copy links to "https://evil.example/x", which is neither the brief\'s cta_url nor on the cta_url\'s host app.lumora.example (legal_v9 lists no allowed_domains), and asks the reader for "password", which marketing email never does; remove them.',
      evidence: ["Send your password to https://evil.example/x, your password only.", "Send your password to https://evil.example/x,…", "…https://evil.example/x, your password only."],
    });
  });
});

describe("links: the cta_url's host reached in other ways", () => {
  it("allows it without a scheme, over plain http, and with a colon later in the path", () => {
    for (const middle of [
      "Manage your settings at app.lumora.example/preferences.",
      "The old address http://app.lumora.example/billing still works.",
      "Your report is at app.lumora.example/reports/q1:summary today.",
    ]) {
      expect([middle, check(middle)]).toMatchObject([middle, { status: "pass", message: PASS }]);
    }
  });
  it("refuses it written as a scheme, and a www. address whose host no URL parser reads", () => {
    // "app.lumora.example:" reads as a URL scheme, which leaves the link without a host.
    expect(check('Open <a href="app.lumora.example:evil">it</a>.').message).toBe(stray("app.lumora.example:evil"));
    expect(check("Open www.%zz.example/x today.").message).toBe(stray("www.%zz.example/x"));
  });
  it("still refuses another host written the same ways", () => {
    expect(check("See app.evil.example/reports/q1:summary today.")).toMatchObject({ status: "fail", message: stray("app.evil.example/reports/q1:summary") });
    expect(check("See http://evil.example/billing today.")).toMatchObject({ status: "fail", message: stray("http://evil.example/billing") });
  });
});
