import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
/**
 * Renders the fallback for every valid campaign of its workflow and checks the result against the
 * production output schema: the approved fallback must always be publishable as it stands.
 */
export declare function renderedFallbackProblems(file: string, text: string, workflow: string, outputSchema: object, ctx: RepoContext): Promise<Problem[]>;
