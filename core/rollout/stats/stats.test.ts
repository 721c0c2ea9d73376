/**
 * Reference values computed independently of copygate with python3 (statistics.NormalDist for
 * Φ and Φ⁻¹, math.erfc for the chi-squared(1) tail, the Wilson, Newcombe method 10, unpooled
 * Wald z, one-sided p and sample-size formulas written out by hand; the script is reproduced in
 * core/rollout/stats/README.md). Pinned to 1e-6 (p-values and rates), sizes exactly.
 */
import { describe, expect, it } from "vitest";
import { checkSampleRatio, decide, phi, phiInverse, requiredPerArm, sequentialHalfWidth, type TestPlan } from "./index.ts";

const close = (actual: number | null | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 6);
const plan = (direction: "higher" | "lower", marginPp: number): TestPlan => ({ direction, marginPp, alpha: 0.05, power: 0.8 });

describe("distribution functions", () => {
  it("match python's NormalDist in the far tail where tables are off", () => {
    expect(phi(-3.5)).toBeCloseTo(0.0002326290790355401, 12);
    expect(phiInverse(0.999)).toBeCloseTo(3.090232306167813, 10);
  });
});

describe("a lower-is-better guardrail below 0.5 %: 40/10,000 against 52/10,000, margin 0.1 pp", () => {
  const outcome = decide({ successes: 40, total: 10_000 }, { successes: 52, total: 10_000 }, plan("lower", 0.1));
  it("gives both rates with Wilson intervals and the difference with its Newcombe interval", () => {
    close(outcome.rateControl, 0.004);
    close(outcome.rateTreatment, 0.0052);
    close(outcome.diff, 0.0012);
    close(outcome.relativeLift, 0.3);
    close(outcome.wilsonControl.low, 0.002939013737731544);
    close(outcome.wilsonControl.high, 0.005441912645979639);
    close(outcome.wilsonTreatment.low, 0.003967852921628257);
    close(outcome.wilsonTreatment.high, 0.006812151865993302);
    close(outcome.newcombe.low, -0.0006966545550985358);
    close(outcome.newcombe.high, 0.0031299547890424983);
  });
  it("tests non-inferiority with p = Φ((d − margin)/SE)", () => {
    close(outcome.standardError, 0.0009569200593571022);
    close(outcome.z, 1.2540232470476254);
    close(outcome.pTwoSided, 0.20983355587485852);
    close(outcome.pOneSided, 0.5827773930030932);
  });
  it("is inconclusive, and says no sample would show it since the observed loss exceeds the margin", () => {
    expect(outcome.verdict).toBe("inconclusive");
    expect(outcome.neededPerArm).toBeNull();
    expect(outcome.reason).toBe("not shown: no higher than production by more than 0.1 pp; the observed difference points the other way, so more recipients are not expected to show it");
  });
});

describe("a superiority goal on arms of 90 % and 10 %: 2,250/90,000 against 290/10,000", () => {
  const outcome = decide({ successes: 2250, total: 90_000 }, { successes: 290, total: 10_000 }, plan("higher", 0));
  it("pins the statistics", () => {
    close(outcome.wilsonControl.low, 0.024000096208750706);
    close(outcome.wilsonControl.high, 0.026040450792582884);
    close(outcome.wilsonTreatment.low, 0.02588757891009469);
    close(outcome.wilsonTreatment.high, 0.03247414755508266);
    close(outcome.newcombe.low, 0.000718277450381625);
    close(outcome.newcombe.high, 0.007615177564967113);
    close(outcome.standardError, 0.0017569101665518738);
    close(outcome.z, 2.276724260666345);
    close(outcome.pTwoSided, 0.02280269683058256);
    close(outcome.pOneSided, 0.01140134841529128);
    close(outcome.relativeLift, 0.16);
  });
  it("passes with p = 1 − Φ(d/SE) below alpha, and gives the per-arm size for 80 % power", () => {
    expect(outcome.verdict).toBe("pass");
    expect(outcome.neededPerArm).toBe(20_300);
    expect(outcome.moreNeededPerArm).toBe(10_300);
    expect(outcome.reason).toBe("shown: higher than production");
  });
});

describe("rates of a few per ten thousand: 3/9,000 against 1/1,000, margin 0.1 pp", () => {
  const outcome = decide({ successes: 3, total: 9000 }, { successes: 1, total: 1000 }, plan("lower", 0.1));
  it("pins the statistics and asks for about 73,000 more recipients per arm", () => {
    close(outcome.wilsonControl.low, 0.00011336974345081316);
    close(outcome.wilsonControl.high, 0.0009796591449080384);
    close(outcome.wilsonTreatment.low, 0.00017654637062607809);
    close(outcome.wilsonTreatment.high, 0.005642558597957934);
    close(outcome.newcombe.low, -0.0003801441731877864);
    close(outcome.newcombe.high, 0.0053144332611017985);
    close(outcome.z, 0.6549734381817777);
    close(outcome.pTwoSided, 0.512484855789185);
    close(outcome.pOneSided, 0.3716498931531721);
    expect(outcome.verdict).toBe("inconclusive");
    expect(outcome.neededPerArm).toBe(74_129);
    expect(outcome.reason).toBe("inconclusive — about 73,129 more recipients per arm needed");
  });
});

describe("guardrails on a 10 % test of 100,000 recipients", () => {
  it("passes when the loss is shown to stay inside the margin (0.40 % against 0.41 %)", () => {
    const outcome = decide({ successes: 3600, total: 900_000 }, { successes: 410, total: 100_000 }, plan("lower", 0.1));
    close(outcome.newcombe.low, -0.0003000423607842803);
    close(outcome.newcombe.high, 0.0005349036089867163);
    close(outcome.standardError, 0.00021274060888007882);
    close(outcome.pOneSided, 1.165841408978796e-5);
    expect(outcome.verdict).toBe("pass");
    expect(outcome.neededPerArm).toBe(61_576);
  });
  it("fails when the loss is shown to exceed the margin (0.40 % against 0.90 %)", () => {
    const outcome = decide({ successes: 3600, total: 900_000 }, { successes: 90, total: 10_000 }, plan("lower", 0.1));
    close(outcome.z, 5.281251451656685);
    close(outcome.pTwoSided, 1.2830445439426796e-7);
    close(outcome.pOneSided, 0.9999880530227085);
    expect(outcome.verdict).toBe("fail");
    expect(outcome.reason).toBe("shown: higher than production by more than 0.1 pp");
  });
});

describe("sample sizes", () => {
  it("reproduces the planning number: 0.4 % baseline, 0.1 pp margin, one-sided 5 %, 80 % power", () => {
    expect(requiredPerArm(0.004, 0.004, 0.001, { alpha: 0.05, power: 0.8 })).toBe(49_263);
  });
  it("has no answer when neither arm varies", () => {
    expect(requiredPerArm(0, 0, 0.001, { alpha: 0.05, power: 0.8 })).toBeNull();
    const outcome = decide({ successes: 0, total: 500 }, { successes: 0, total: 500 }, plan("lower", 0.1));
    expect(outcome.verdict).toBe("inconclusive");
    expect(outcome.z).toBeNull();
  });
});

describe("small arms", () => {
  it("reads no verdict below 100 recipients in an arm, however large the difference", () => {
    const outcome = decide({ successes: 1, total: 99 }, { successes: 30, total: 99 }, plan("higher", 0));
    expect(outcome.z).toBeGreaterThan(5);
    expect(outcome.verdict).toBe("inconclusive");
    expect(outcome.pOneSided).toBeNull();
    expect(outcome.reason).toBe("inconclusive — fewer than 100 recipients in an arm, too few for the normal approximation; about 1 more recipient per arm needed");
  });
});

describe("sample-ratio mismatch", () => {
  it("alarms below p = 0.001 and stays quiet on a fitting split", () => {
    const alarm = checkSampleRatio(90_310, 9_690, 0.1);
    close(alarm.chiSquare, 10.677777777777777);
    close(alarm.p, 0.0010843024087455924);
    expect(alarm.mismatch).toBe(false);
    const off = checkSampleRatio(8_950, 1_050, 0.1);
    close(off.chiSquare, 2.7777777777777777);
    close(off.p, 0.0955807045456294);
    expect(checkSampleRatio(9_000, 1_000, 0.1).p).toBe(1);
    expect(checkSampleRatio(89_000, 11_000, 0.1).mismatch).toBe(true);
  });
});

describe("confidence sequences", () => {
  it("match the half-width of Waudby-Smith et al. eq. 9 with GrowthBook's tuning of 5,000", () => {
    const se = Math.sqrt((0.004 * 0.996) / 10_000 + (0.0052 * 0.9948) / 10_000);
    close(sequentialHalfWidth(se, 20_000, 0.05, 5000), 0.002992398251994346);
  });
  it("are wider than the fixed-horizon interval, so a sequential verdict is more cautious", () => {
    const fixed = decide({ successes: 2250, total: 90_000 }, { successes: 290, total: 10_000 }, plan("higher", 0));
    const sequential = decide({ successes: 2250, total: 90_000 }, { successes: 290, total: 10_000 }, { ...plan("higher", 0), sequential: { tuning: 5000 } });
    expect(fixed.verdict).toBe("pass");
    expect(sequential.verdict).toBe("inconclusive");
    expect(sequential.sequentialInterval!.low).toBeLessThan(fixed.newcombe.low);
  });
});
