/** Reads a YAML file into plain data; a syntax error names the file, line and column. */
export declare function readYamlFile<T = unknown>(root: string, path: string): Promise<T>;
