import type { SimBrief } from "./brief.ts";
import type { Choices } from "./random.ts";
export declare function writeForSchema(schema: unknown, brief: SimBrief, choose: Choices, promptText: string): Record<string, unknown>;
