/**
 * The MJML engine (mjml-core with the standard components), loaded only when an email is rendered:
 * the Action's currency check reads templates but never renders, so its bundle does not load it.
 */
import * as core from "mjml-core";
import * as presetModule from "mjml-preset-core";
import * as validatorModule from "mjml-validator";

export interface MjmlError {
  line: number;
  message: string;
  tagName: string;
}
export type MjmlRender = (mjml: string, options: Record<string, unknown>) => Promise<{ html: string; errors: MjmlError[] }>;

type Loose = Record<string, unknown> & { default?: Record<string, unknown> };

/** A CommonJS export, whether the loader put it on the namespace or on its default. */
function exported<T>(namespace: unknown, name: string): T {
  const ns = namespace as Loose;
  const found = name in ns ? ns[name] : ns.default?.[name];
  if (found === undefined) throw new Error(`mjml: ${name} not found; is the mjml-core version the one in package.json?`);
  return found as T;
}

function moduleObject(namespace: unknown): Record<string, unknown> {
  const ns = namespace as Loose;
  return (ns.default ?? ns) as Record<string, unknown>;
}

let render: MjmlRender | undefined;

/** mjml-core alone knows no tags: register the standard components once (what the `mjml` package does on import). */
export function mjmlEngine(): MjmlRender {
  if (render) return render;
  const preset = moduleObject(presetModule) as { components: object; dependencies: object };
  exported<(a: object, b: object) => void>(core, "assignComponents")(exported(core, "components"), preset.components);
  exported<(a: object, b: object) => void>(validatorModule, "assignDependencies")(exported(validatorModule, "dependencies"), preset.dependencies);
  const main = (core as Loose).default;
  render = (typeof main === "function" ? main : exported(main, "default")) as MjmlRender;
  return render;
}
