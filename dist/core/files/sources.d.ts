import type { SourceDefinition } from "../model/index.ts";
export declare function loadSourceDefinition(root: string, name: string): Promise<SourceDefinition>;
