import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import type { SchemaName } from "./schemas/index.ts";
/** policies/{claims,legal,brand}/<version>.yaml: schema, and the version named like its file. */
export declare function policyCheck(name: SchemaName): (file: string, text: string, _ctx: RepoContext) => Promise<Problem[]>;
