import type { DraftVariant, DraftsFile } from "../model/index.ts";
/** The publishable part of a drafts file: what reviewers approve and the bot publishes, nothing else. */
export declare function publishableContent(variants: DraftVariant[]): {
    audience: string;
    content: Record<string, unknown>;
}[];
export declare function draftsContentHash(variants: DraftVariant[]): string;
/** Serialised with two-space indentation and a final newline, so diffs in pull requests stay readable. */
export declare function serializeDrafts(drafts: DraftsFile): string;
export declare function writeDraftsFile(root: string, path: string, drafts: DraftsFile): Promise<void>;
export declare function readDraftsFile(root: string, path: string): Promise<DraftsFile | null>;
