/** Personal data in copy: e-mail addresses, phone numbers, and values from a personal-data source. */
import { escapeRegExp, findAll, type Match } from "./text.ts";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** North American and international forms: "+1 (503) 555-0142", "503.555.0142", "+44 20 7946 0958". */
const PHONE = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{3})[\s.-]\d{3}[\s.-]\d{4}(?!\w)|(?<![\w+])\+\d{1,3}(?:[\s.-]\d{2,5}){2,4}(?!\w)/g;

export interface PersonalDataHit extends Match {
  kind: "email address" | "phone number" | "recipient data";
}

/** Values from a personal-data source (a recipient's e-mail, name, user id) worth looking for: not trivial ones. */
function sourceValues(values: string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v.length >= 5);
}

export function personalDataIn(text: string, sourceData: string[] = []): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [
    ...findAll(EMAIL, text).map((m) => ({ ...m, kind: "email address" as const })),
    ...findAll(PHONE, text).map((m) => ({ ...m, kind: "phone number" as const })),
  ];
  for (const value of sourceValues(sourceData)) {
    for (const m of findAll(new RegExp(`(?<![\\w])${escapeRegExp(value)}(?![\\w])`, "gi"), text)) {
      if (!hits.some((h) => m.index >= h.index && m.index < h.index + h.text.length)) hits.push({ ...m, kind: "recipient data" });
    }
  }
  return hits;
}

/** Evidence never repeats personal data: "jordan.lee@northwind.com" becomes "j…@n…". */
export function maskValue(value: string): string {
  const at = value.indexOf("@");
  if (at > 0) return `${value[0]}…@${value[at + 1] ?? ""}…`;
  const digits = value.replace(/\D/g, "");
  return digits.length >= 7 ? `…${digits.slice(-2)} (${digits.length} digits)` : `${value.slice(0, 1)}…`;
}

export function redactPersonalData(text: string, sourceData: string[] = []): string {
  let out = text;
  for (const hit of personalDataIn(text, sourceData).sort((a, b) => b.index - a.index)) {
    out = `${out.slice(0, hit.index)}[${hit.kind}]${out.slice(hit.index + hit.text.length)}`;
  }
  return out;
}
