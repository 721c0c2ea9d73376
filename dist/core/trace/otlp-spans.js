import { bool, dbl, int, otlpSpanId, otlpTraceId, present, str, strList, unixNano } from "./otlp-attributes.js";
const SPAN_KIND_INTERNAL = 1;
const SPAN_KIND_CLIENT = 3;
const SCOPE = { name: "copygate", version: "0.1.0" };
/** The attributes that tie every span back to the run and the prompt version that produced it. */
function runAttributes(record) {
    return [
        str("gen_ai.prompt.name", record.prompt_version.split(":")[0] || record.workflow),
        str("copygate.prompt.version", record.prompt_version),
        str("copygate.run_id", record.run_id),
        str("copygate.trace_id", record.trace_id),
    ];
}
/** Model calls to export: the recorded per-variant calls, or one call summarising the run's totals. */
function modelCalls(record, startMs) {
    if (record.generations?.length) {
        return record.generations
            .filter((g) => g.source !== "fallback_template") // a rendered template is not a model call
            .map((g) => ({ ...g, startMs: g.started_at ? Date.parse(g.started_at) || startMs : startMs }));
    }
    if (record.generation.calls <= 0)
        return [];
    const { latency_ms, input_tokens, output_tokens } = record.generation;
    return [{ variant: "all", model: record.model, latency_ms, input_tokens, output_tokens, startMs }];
}
function chatSpan(record, call, index, parent) {
    const traceId = otlpTraceId(record.trace_id);
    return {
        traceId,
        spanId: otlpSpanId(record.trace_id, `chat/${index}/${call.variant}`),
        parentSpanId: parent,
        name: `chat ${call.model}`,
        kind: SPAN_KIND_CLIENT,
        startTimeUnixNano: unixNano(call.startMs),
        endTimeUnixNano: unixNano(call.startMs + call.latency_ms),
        attributes: present(str("gen_ai.operation.name", "chat"), str("gen_ai.provider.name", record.provider ?? "openai"), str("gen_ai.request.model", call.model), record.temperature !== undefined && dbl("gen_ai.request.temperature", record.temperature), int("gen_ai.usage.input_tokens", call.input_tokens), int("gen_ai.usage.output_tokens", call.output_tokens), ...runAttributes(record), str("copygate.variant", call.variant), call.cached !== undefined && bool("copygate.cached", call.cached)),
    };
}
function evalSpan(record, evaluation, atMs, parent) {
    return {
        traceId: otlpTraceId(record.trace_id),
        spanId: otlpSpanId(record.trace_id, `eval/${evaluation.id}`),
        parentSpanId: parent,
        name: `evaluation ${evaluation.id}`,
        kind: SPAN_KIND_INTERNAL,
        startTimeUnixNano: unixNano(atMs),
        endTimeUnixNano: unixNano(atMs),
        attributes: [
            str("gen_ai.evaluation.name", evaluation.id),
            str("gen_ai.evaluation.score.label", evaluation.status),
            ...runAttributes(record),
        ],
    };
}
function rootSpan(record, startMs, endMs) {
    const { approval, publish } = record;
    return {
        traceId: otlpTraceId(record.trace_id),
        spanId: otlpSpanId(record.trace_id, "run"),
        name: `copygate.${record.kind} ${record.workflow}`,
        kind: SPAN_KIND_INTERNAL,
        startTimeUnixNano: unixNano(startMs),
        endTimeUnixNano: unixNano(endMs),
        attributes: present(str("copygate.workflow", record.workflow), record.campaign !== undefined && str("copygate.campaign", record.campaign), ...runAttributes(record), record.prompt_hash !== undefined && str("copygate.prompt.hash", record.prompt_hash), int("copygate.generation.calls", record.generation.calls), record.verdict !== undefined && str("copygate.verdict", record.verdict), record.risk_level !== undefined && str("copygate.risk_level", record.risk_level), str("copygate.approval.status", approval.status), approval.reviewers.length > 0 && strList("copygate.approval.reviewers", approval.reviewers), str("copygate.publish.status", publish.status), publish.target !== undefined && str("copygate.publish.target", publish.target), publish.reason !== undefined && str("copygate.publish.reason", publish.reason), record.content_hash !== undefined && str("copygate.content_hash", record.content_hash), ...Object.entries(record.inputs).map(([key, value]) => str(`copygate.input.${key}`, value))),
        // Fallbacks are decisions inside the run: events on the root keep each reason next to its time.
        events: record.generation.fallbacks.map((f) => ({
            timeUnixNano: unixNano(startMs),
            name: "copygate.fallback",
            attributes: [str("copygate.variant", f.variant), str("copygate.fallback.to", f.to), str("copygate.fallback.reason", f.reason)],
        })),
    };
}
export function buildOtlpRequest(record) {
    const startMs = Date.parse(record.started_at) || Date.now();
    const root = otlpSpanId(record.trace_id, "run");
    const chats = modelCalls(record, startMs).map((call, i) => chatSpan(record, call, i, root));
    const generatedAtMs = Math.max(startMs + record.generation.latency_ms, ...chats.map((s) => Number(BigInt(s.endTimeUnixNano) / 1000000n)));
    const evals = record.evals.map((e) => evalSpan(record, e, generatedAtMs, root));
    const spans = [rootSpan(record, startMs, generatedAtMs), ...chats, ...evals];
    const resource = { attributes: [str("service.name", "copygate"), str("service.version", SCOPE.version)] };
    return { resourceSpans: [{ resource, scopeSpans: [{ scope: SCOPE, spans }] }] };
}
