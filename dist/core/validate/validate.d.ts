import type { Problem } from "./problems.ts";
export declare const DEFAULT_TARGETS: string[];
export interface ValidationResult {
    problems: Problem[];
    filesChecked: number;
}
/** Checks the given files and folders (default: every content folder); never throws for a broken file. */
export declare function validateRepository(root: string, targets?: string[]): Promise<ValidationResult>;
