/** A problem found in a repository file, at the line and column of the offending key. */
export interface Problem {
    path: string;
    line: number;
    col: number;
    message: string;
    /** Advice that keeps editors helpful (the schema line), not a fault in the data: it never stops a run. */
    advisory?: true;
}
export declare function sortProblems(problems: Problem[]): Problem[];
export declare function formatProblem(problem: Problem): string;
/** A GitHub workflow command; data and properties escaped as the runner expects. */
export declare function formatGithubAnnotation(problem: Problem): string;
export declare function summaryLine(problems: Problem[], filesChecked: number): string;
