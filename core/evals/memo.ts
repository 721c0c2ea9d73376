/**
 * A pure function of one text, remembered per text up to a bound (oldest first out). The checks meet
 * the same texts over and over: a brief's claims for every draft, a footer in every variant, the
 * same sentence in several checks. Results are frozen, so a caller cannot change another's.
 * The bound is per memo: 2,000 texts keep a run's recurring texts (a case's brief is met again
 * within a few cases), while 20,000 held some 50 MB more in a 10,000-case suite (`bench eval-10k`).
 */
export function memoByText<T>(compute: (text: string) => T[], limit = 2_000): (text: string) => readonly T[] {
  const known = new Map<string, readonly T[]>();
  return (text: string) => {
    const hit = known.get(text);
    if (hit) return hit;
    const value = Object.freeze(compute(text));
    if (known.size >= limit) known.delete(known.keys().next().value as string);
    known.set(text, value);
    return value;
  };
}
