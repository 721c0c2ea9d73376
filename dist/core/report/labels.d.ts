/** The risk label on the pull request: exactly one of copygate:risk-low|medium|high. */
import type { RiskLevel } from "../model/index.ts";
export declare const RISK_LABELS: Record<RiskLevel, string>;
export declare const RISK_LABEL_COLORS: Record<RiskLevel, string>;
/** What to add and remove so the pull request carries only the label of `risk` (none when null). */
export declare function riskLabelChange(current: string[], risk: RiskLevel | null): {
    add: string | null;
    remove: string[];
};
