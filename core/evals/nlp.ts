/**
 * The English language work of the grounding checks, on compromise (a rule-based tagger with no
 * model download and no install script): sentence boundaries, superlative and comparative tags,
 * organisation and person names, and negation. Results are kept per text, because the eval suite
 * checks the same sentences over and over (a fallback template, a simulator's answers).
 */
import nlp from "compromise";

export interface SentenceAnalysis {
  /** Superlative and comparative words and phrases ("easiest", "the most reliable", "faster"). */
  comparisons: string[];
  /** Organisation names the tagger recognises ("Acme Corp", "Kettle & Co."). */
  organizations: string[];
  /** Person names the tagger recognises ("Dana Ruiz"). */
  people: string[];
  /** Negated nouns ("no setup fees" → "setup fees"), for negated requirements and promises. */
  negated: string[];
}

/** Large enough for a suite's cold run to be remembered by its warm one (a 120-case run holds ~6,000 sentences). */
const CACHE_LIMIT = 50_000;
const analyses = new Map<string, SentenceAnalysis>();
const splits = new Map<string, string[]>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit;
  const value = make();
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/**
 * Sentences of one line of copy ("Dec. 31" and "P.S." do not end one). The line is tagged once:
 * each sentence's analysis is kept for analyseSentence, so no sentence is parsed twice.
 */
export function splitSentences(line: string): string[] {
  // A line with no sentence end before more text is one sentence: no need to tag it to know that.
  if (!/[.!?…]["”’)\]]*\s+\S/.test(line)) return [line.trim()];
  return remember(splits, line, () => {
    const found: string[] = [];
    nlp(line)
      .sentences()
      .forEach((view) => {
        const text = view.text().trim();
        if (!text) return;
        found.push(text);
        // forEach is typed with the base view; at run time each sentence is a full (three) view.
        remember(analyses, text, () => analyse(view as unknown as Doc));
      });
    return found;
  });
}

const NOTHING: SentenceAnalysis = { comparisons: [], organizations: [], people: [], negated: [] };

/**
 * Whether the tagger could find anything: a superlative, a comparison with "than", a capitalised
 * word that is not a known name (after the first word), a quotation or a negation. Most sentences
 * of lifecycle copy have none, and tagging is the expensive part of a check.
 */
function worthTagging(sentence: string, knownWords: ReadonlySet<string>): boolean {
  if (/\b(?:most|least|best|worst|\w{2,}est)\b|\bthan\b|["“”]|\b(?:no|never|without|zero)\b/i.test(sentence)) return true;
  const words = sentence.match(/[A-Za-z][\w&'’.-]*/g) ?? [];
  return words.slice(1).some((w) => /^[A-Z]/.test(w) && !knownWords.has(w.replace(/['’]s$|[.]$/g, "").toLowerCase()));
}

export function analyseSentence(sentence: string, knownWords: ReadonlySet<string> = new Set()): SentenceAnalysis {
  const hit = analyses.get(sentence);
  if (hit) return hit;
  if (!worthTagging(sentence, knownWords)) return NOTHING;
  return remember(analyses, sentence, () => analyse(nlp(sentence)));
}

type Doc = ReturnType<typeof nlp>;

function analyse(doc: Doc): SentenceAnalysis {
  // A superlative of the reader's own things ("your busiest dashboard") claims nothing about the
  // product; a comparative claims something only against a "than" ("faster than spreadsheets").
  const ownSuperlatives = doc.match("(your|you|you've) (most|least)? #Superlative").out("array").join(" ");
  const superlatives = [...doc.match("(the|a)? (most|least) #Adjective").out("array"), ...doc.match("#Superlative").out("array")];
  const comparatives = doc.has("than") ? [...doc.match("(more|less) #Adjective").out("array"), ...doc.match("#Comparative").out("array")] : [];
  const comparisons = [...superlatives.filter((s) => !ownSuperlatives.includes(s)), ...comparatives];
  const organizations = doc.organizations().out("array");
  const people = doc.people().out("array");
  // After "no", "zero" or "without a", the next word is a noun whatever the tagger says: it reads
  // "contract" (and other noun-verb homographs) as a verb, so "no yearly contract" was missed.
  const negated = [
    ...doc.match("(no|never|without|zero) #Adjective? #Noun+").out("array"),
    ...doc.match("(no|zero) #Adjective? (#Noun|#Infinitive)+").out("array"),
    ...doc.match("without (a|an|any)? #Adjective? (#Noun|#Infinitive)+").out("array"),
  ];
  return { comparisons: clean(comparisons), organizations: clean(organizations), people: clean(people), negated: clean(negated) };
}

function clean(items: string[]): string[] {
  return [...new Set(items.map((i) => i.replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),.;:!?]+$/g, "")).filter(Boolean))];
}
