import { posix } from "node:path";
import { checkYamlFile, problemAt } from "./yaml-file.js";
/** policies/{claims,legal,brand}/<version>.yaml: schema, and the version named like its file. */
export function policyCheck(name) {
    return async (file, text, _ctx) => {
        const checked = checkYamlFile(file, text, name);
        if (!checked.valid)
            return checked.problems;
        const data = checked.data;
        const problems = [...checked.problems];
        const expected = posix.basename(file, ".yaml");
        if (data.version !== expected)
            problems.push(problemAt(file, checked.located, ["version"], `version "${data.version}" differs from the file name: rename the file to ${data.version}.yaml or fix the version`));
        const list = data.claims ? "claims" : "restrictions";
        const seen = new Set();
        (data.claims ?? data.restrictions ?? []).forEach((item, i) => {
            if (seen.has(item.id))
                problems.push(problemAt(file, checked.located, [list, i, "id"], `id "${item.id}" is used twice`));
            seen.add(item.id);
        });
        return problems;
    };
}
