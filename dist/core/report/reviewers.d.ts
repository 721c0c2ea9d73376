export type ReviewerMap = Record<string, string[]>;
export declare function parseReviewerMap(text: string, file?: string): ReviewerMap;
/** The body of `POST /pulls/{n}/requested_reviewers` for the groups a risk level requires. */
export declare function reviewRequest(groups: string[], map: ReviewerMap, org: string): {
    reviewers: string[];
    team_reviewers: string[];
};
