export function behaviourFor(options, model) {
    const override = options.models?.[model] ?? {};
    return {
        rate429: override.rate429 ?? options.rate429 ?? 0,
        rate5xx: override.rate5xx ?? options.rate5xx ?? 0,
        rateMalformed: override.rateMalformed ?? options.rateMalformed ?? 0,
        rateInvalid: override.rateInvalid ?? options.rateInvalid ?? 0,
        rateRisky: override.rateRisky ?? options.rateRisky ?? 0,
        latencyMs: override.latencyMs ?? options.latencyMs ?? 0,
        script: override.script ?? options.script ?? [],
        jsonSchema: override.jsonSchema ?? true,
    };
}
/** COPYGATE_SIM_* environment variables, the way `npm start` and CI configure the simulator. */
export function simulatorOptionsFromEnv(env) {
    const options = {};
    const number = (name) => {
        const raw = env[name];
        if (raw === undefined || raw === "")
            return undefined;
        const value = Number(raw);
        if (!Number.isFinite(value))
            throw new Error(`${name} must be a number, got "${raw}"`);
        return value;
    };
    if (env.COPYGATE_SIM_SEED)
        options.seed = env.COPYGATE_SIM_SEED;
    const mapping = [
        ["port", "COPYGATE_SIM_PORT"],
        ["latencyMs", "COPYGATE_SIM_LATENCY_MS"],
        ["rate429", "COPYGATE_SIM_RATE_429"],
        ["rate5xx", "COPYGATE_SIM_RATE_5XX"],
        ["rateMalformed", "COPYGATE_SIM_RATE_MALFORMED"],
        ["rateInvalid", "COPYGATE_SIM_RATE_INVALID"],
        ["rateRisky", "COPYGATE_SIM_RATE_RISKY"],
        ["retryAfterSeconds", "COPYGATE_SIM_RETRY_AFTER_S"],
        ["maxConcurrent", "COPYGATE_SIM_MAX_CONCURRENT"],
    ];
    for (const [key, name] of mapping) {
        const value = number(name);
        if (value !== undefined)
            options[key] = value;
    }
    return options;
}
