export type * from "./campaign.ts";
export type * from "./policies.ts";
export type * from "./source.ts";
export type * from "./draft.ts";
export type * from "./freshness.ts";
export type * from "./trace.ts";
export type * from "./audience.ts";
