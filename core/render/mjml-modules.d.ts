// mjml 5 ships no type declarations. They are CommonJS modules whose shape differs between Node's
// ESM loader and bundlers, so engine.ts reads them through `unknown` and checks what it finds.
declare module "mjml-core";
declare module "mjml-preset-core";
declare module "mjml-validator";
