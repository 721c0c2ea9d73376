import type { InputVerdict, SourceDefinition, SourceInput, SourceSnapshot } from "../../model/index.ts";
import type { SourceOptions } from "../sources/index.ts";
export interface SourceCheck {
    verdict: InputVerdict;
    snapshot?: SourceSnapshot;
    definition?: SourceDefinition;
}
/** Reads one source input and judges its table-level freshness as dbt does, on max(loaded_at_field). */
export declare function checkSourceInput(root: string, name: string, input: SourceInput, now: Date, options: SourceOptions): Promise<SourceCheck>;
