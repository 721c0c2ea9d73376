import { describe, expect, it } from "vitest";
import type { InputVerdict } from "../../model/index.ts";
import { consequenceOf, mostCautious, percentOf } from "./decide.ts";
import { ageHours, describeAge, describeLimit, durationHours, maxAgeHours, roundHours, statusForAge } from "./rules.ts";

describe("freshness rules, as dbt writes them", () => {
  it("converts minutes, hours and days to hours", () => {
    expect(durationHours({ count: 30, period: "minute" })).toBe(0.5);
    expect(durationHours({ count: 6, period: "hour" })).toBe(6);
    expect(durationHours({ count: 90, period: "day" })).toBe(2160);
  });

  it("reports error_after as the max age, else warn_after, else none", () => {
    expect(maxAgeHours({ warn_after: { count: 12, period: "hour" }, error_after: { count: 1, period: "day" } })).toBe(24);
    expect(maxAgeHours({ warn_after: { count: 90, period: "day" } })).toBe(2160);
    expect(maxAgeHours(undefined)).toBeNull();
  });

  it("passes up to the limit, warns after warn_after and errors after error_after", () => {
    const rule = { warn_after: { count: 12, period: "hour" as const }, error_after: { count: 24, period: "hour" as const } };
    expect(statusForAge(12, rule)).toBe("pass");
    expect(statusForAge(12.01, rule)).toBe("warn");
    expect(statusForAge(24, rule)).toBe("warn");
    expect(statusForAge(24.01, rule)).toBe("error");
    expect(statusForAge(10_000, undefined)).toBe("pass");
  });

  it("rounds ages to one decimal", () => {
    expect(roundHours(5.94)).toBe(5.9);
    expect(roundHours(3.0001)).toBe(3);
  });
});

describe("failure behaviours", () => {
  const verdict = (status: InputVerdict["status"], on_failure: InputVerdict["on_failure"]): InputVerdict => ({
    source: "s",
    max_age_hours: 6,
    actual_age_hours: 1,
    status,
    on_failure,
  });

  it("applies each behaviour to an error", () => {
    expect(consequenceOf(verdict("error", "stop"), true)).toBe("stop_before_generation");
    expect(consequenceOf(verdict("error", "generic_variant"), false)).toBe("proceed_with_generic_variant");
    expect(consequenceOf(verdict("error", "review"), true)).toBe("route_to_review");
  });

  it("lets a warning route to review or to the generic variant but never stop", () => {
    expect(consequenceOf(verdict("warn", "stop"), true)).toBe("proceed");
    expect(consequenceOf(verdict("warn", "review"), true)).toBe("route_to_review");
    expect(consequenceOf(verdict("warn", "generic_variant"), false)).toBe("proceed_with_generic_variant");
  });

  it("stops on an unreadable required input whatever its behaviour, and applies the behaviour otherwise", () => {
    expect(consequenceOf(verdict("runtime_error", "review"), true)).toBe("stop_before_generation");
    expect(consequenceOf(verdict("runtime_error", "generic_variant"), true)).toBe("stop_before_generation");
    expect(consequenceOf(verdict("runtime_error", "generic_variant"), false)).toBe("proceed_with_generic_variant");
    expect(consequenceOf(verdict("pass", "stop"), true)).toBe("proceed");
  });

  it("takes the most cautious decision: stop > review > generic > proceed", () => {
    expect(mostCautious([])).toBe("proceed");
    expect(mostCautious(["proceed_with_generic_variant", "proceed"])).toBe("proceed_with_generic_variant");
    expect(mostCautious(["proceed_with_generic_variant", "route_to_review"])).toBe("route_to_review");
    expect(mostCautious(["route_to_review", "stop_before_generation", "proceed_with_generic_variant"])).toBe("stop_before_generation");
  });

  it("says small and large shares honestly", () => {
    expect(percentOf(40, 331)).toBe("12");
    expect(percentOf(1, 500)).toBe("less than 1");
    expect(percentOf(499, 500)).toBe("more than 99");
    expect(percentOf(0, 0)).toBe("0");
  });
});

describe("how an age and a limit are written", () => {
  const hours = (count: number) => ({ error_after: { count, period: "hour" as const } });
  it("writes an age in the unit the rule's author used: days whole, minutes rounded, hours to one decimal", () => {
    expect(describeAge(2900, { warn_after: { count: 90, period: "day" } })).toBe("120 days");
    expect(describeAge(0.751, { error_after: { count: 30, period: "minute" } })).toBe("45 minutes");
    expect(describeAge(30.04, hours(24))).toBe("30 hours");
    expect(describeAge(5.94, undefined)).toBe("5.9 hours");
  });

  it("takes the unit of error_after over warn_after's", () => {
    expect(describeAge(48, { warn_after: { count: 1, period: "day" }, error_after: { count: 72, period: "hour" } })).toBe("48 hours");
  });

  it("writes a limit with its count and period, singular for one", () => {
    expect(describeLimit({ count: 1, period: "day" })).toBe("1 day");
    expect(describeLimit({ count: 6, period: "hour" })).toBe("6 hours");
  });

  it("measures an age in hours from the time a source was loaded", () => {
    expect(ageHours(Date.parse("2026-11-20T06:00:00Z"), new Date("2026-11-20T07:30:00Z"))).toBe(1.5);
  });
});
