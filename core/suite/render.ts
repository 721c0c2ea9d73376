/**
 * Rendering for the suite: the same messages as core/prompts renderPrompt, but each version's
 * Dotprompt source is parsed and compiled once, not once a case (the YAML frontmatter and the
 * Handlebars template cost ~25× the render itself; at 10,000 cases that is the suite's main cost).
 * A test holds the two renderers equal on every dataset case.
 */
import { Dotprompt, type Message, type PromptFunction } from "dotprompt";
import { selectDeclaredInput, type ChatMessage, type PromptVersion } from "../prompts/index.ts";

export function compiledRenderer(): (version: PromptVersion, input: Record<string, unknown>) => Promise<ChatMessage[]> {
  const dotprompt = new Dotprompt();
  const compiled = new Map<string, Promise<PromptFunction>>();
  return async (version, input) => {
    let render = compiled.get(version.hash);
    if (!render) {
      render = dotprompt.compile(version.source);
      compiled.set(version.hash, render);
    }
    const rendered = await (await render)({ input: selectDeclaredInput(version.inputSchema, input) });
    return rendered.messages.map(toChatMessage).filter((m) => m.content !== "");
  };
}

function toChatMessage(message: Message): ChatMessage {
  const role = message.role === "model" ? "assistant" : message.role === "system" ? "system" : "user";
  const content = message.content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("");
  return { role, content: content.trim() };
}
