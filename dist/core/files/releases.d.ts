export interface PromotionCriterion {
    metric: string;
    op: ">" | ">=" | "<" | "<=" | "==";
    value: number;
    label: string;
}
export interface Releases {
    workflow: string;
    production: number;
    fallback_template?: string;
    history: {
        version: number;
        date: string;
        note: string;
        status: "approved" | "archived" | "candidate";
    }[];
    promotion?: {
        suite: string;
        datasets: string[];
        criteria: PromotionCriterion[];
    };
}
export declare function loadReleases(root: string, workflow: string): Promise<Releases>;
