/** Splits a .prompt file into its YAML frontmatter and Handlebars template, remembering line numbers. */
export interface PromptFileParts {
    frontmatter: string;
    /** Lines before the frontmatter's first line (the opening `---`). */
    frontmatterLineOffset: number;
    template: string;
    /** Lines before the template's first line. */
    templateLineOffset: number;
}
export declare function splitPromptFile(text: string): PromptFileParts | null;
