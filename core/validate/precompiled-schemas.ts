/**
 * Validators for copygate's own schemas, compiled ahead of time. Empty in a checkout (ajv.ts compiles
 * the schemas when first used); the package build (scripts/build-package.mjs) replaces this module
 * with ajv standalone code generated from schemas/*.schema.json (scripts/precompiled-schemas.mjs).
 */
import type { ValidateFunction } from "ajv/dist/2020.js";

export const PRECOMPILED: Partial<Record<string, ValidateFunction>> = {};

/** The 2020-12 meta-schema's validator; undefined in a checkout, where ajv checks user schemas itself. */
export const PRECOMPILED_META: ValidateFunction | undefined = undefined;
