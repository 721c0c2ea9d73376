import { posix } from "node:path";
import { checkYamlFile, problemAt } from "./yaml-file.js";
/** sources/<name>.yaml: schema, the name matches the file, a file source's snapshot exists. */
export async function checkSource(file, text, ctx) {
    const checked = checkYamlFile(file, text, "source");
    if (!checked.valid)
        return checked.problems;
    const source = checked.data;
    const problems = [...checked.problems];
    const expected = posix.basename(file, ".yaml");
    if (source.name !== expected)
        problems.push(problemAt(file, checked.located, ["name"], `name "${source.name}" differs from the file name: campaigns refer to this source as "${expected}"`));
    if (source.kind === "file" && !(await ctx.exists(source.path))) {
        problems.push(problemAt(file, checked.located, ["path"], `snapshot file ${source.path} does not exist`));
    }
    return problems;
}
