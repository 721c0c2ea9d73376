/** A variable a template reads from its input, with where it first appears (template-relative, 1-based). */
export interface TemplateVariable {
    path: string[];
    line: number;
    col: number;
}
/** Parses a Handlebars template; a syntax error comes back with its template line. */
export declare function parseTemplate(template: string): {
    program?: hbs.AST.Program;
    error?: {
        message: string;
        line: number;
        col: number;
    };
};
/** Every root-level variable the template reads, first occurrence of each path. */
export declare function templateVariables(program: hbs.AST.Program): TemplateVariable[];
