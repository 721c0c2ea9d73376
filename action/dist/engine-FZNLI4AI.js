import { createRequire as __copygateCreateRequire } from "node:module";
const require = __copygateCreateRequire(import.meta.url);
import "./chunk-BGM4SLAQ.js";

// core/render/engine.ts
import * as core from "mjml-core";
import * as presetModule from "mjml-preset-core";
import * as validatorModule from "mjml-validator";
function exported(namespace, name) {
  const ns = namespace;
  const found = name in ns ? ns[name] : ns.default?.[name];
  if (found === void 0) throw new Error(`mjml: ${name} not found; is the mjml-core version the one in package.json?`);
  return found;
}
function moduleObject(namespace) {
  const ns = namespace;
  return ns.default ?? ns;
}
var render;
function mjmlEngine() {
  if (render) return render;
  const preset = moduleObject(presetModule);
  exported(core, "assignComponents")(exported(core, "components"), preset.components);
  exported(validatorModule, "assignDependencies")(exported(validatorModule, "dependencies"), preset.dependencies);
  const main = core.default;
  render = typeof main === "function" ? main : exported(main, "default");
  return render;
}
export {
  mjmlEngine
};
