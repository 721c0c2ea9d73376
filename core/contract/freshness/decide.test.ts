import { describe, expect, it } from "vitest";
import { inputLabel, mostCautious, percentOf } from "./decide.ts";

describe("percentOf", () => {
  it("says 0 when nothing is counted, and the edges honestly otherwise", () => {
    expect(percentOf(0, 500)).toBe("0");
    expect(percentOf(0, 0)).toBe("0");
    expect(percentOf(1, 500)).toBe("less than 1");
    expect(percentOf(60, 500)).toBe("12");
    expect(percentOf(499, 500)).toBe("more than 99");
    expect(percentOf(500, 500)).toBe("100");
  });
});

describe("inputLabel", () => {
  it("reads a contract input's name as words, whatever separators it uses", () => {
    expect(inputLabel("product_usage")).toBe("Product usage");
    expect(inputLabel("crm--notes")).toBe("Crm notes");
    expect(inputLabel("_product_usage_")).toBe("Product usage");
  });
});

describe("mostCautious", () => {
  it("takes the most cautious decision of any input, and proceeds when there is none", () => {
    expect(mostCautious([])).toBe("proceed");
    expect(mostCautious(["proceed_with_generic_variant", "route_to_review", "proceed"])).toBe("route_to_review");
    expect(mostCautious(["stop_before_generation", "route_to_review"])).toBe("stop_before_generation");
  });
});
