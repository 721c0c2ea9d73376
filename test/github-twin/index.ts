/** The GitHub twin's public surface for tests across the project. */
export { startGitHubTwin, type GitHubTwin, type GitHubTwinOptions, type PullRequestSpec } from "./twin.ts";
export { createFixtureRepo, type FixtureRepo } from "./fixture-repo.ts";
export { deliverWebhook, signWebhookBody, type WebhookDelivery, type WebhookResult } from "./webhooks.ts";
export {
  issueCommentPayload, mergedPullRequestPayload, pullRequestPayload, pushPayload,
  type WebhookTarget, type PullRequestEventSpec, type PushEventSpec, type IssueCommentEventSpec,
} from "./webhook-payloads.ts";
export { githubDescription } from "./openapi-description.ts";
export { compiledValidatorCount } from "./openapi-schemas.ts";
export { formatViolations, type Violation, type RequestLogEntry } from "./violations.ts";
export type { TwinState } from "./state.ts";
