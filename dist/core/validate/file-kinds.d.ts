import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
export type FileCheck = (file: string, text: string, ctx: RepoContext) => Promise<Problem[]>;
export declare function checkFor(file: string): FileCheck | undefined;
