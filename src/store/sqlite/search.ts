// Turning what a user typed into a safe FTS5 MATCH expression.
// User text never reaches FTS5 syntax: it is cut into words, and each word goes in as a quoted
// string, so `"`, `*`, `OR`, `NEAR(` or `');DROP TABLE` are only ever searched for as words.

/** Word characters as FTS5's unicode61 tokenizer sees them: letters, digits, marks, private use. */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Enough for any name; bounds the cost of a pasted paragraph. */
const MAX_WORDS = 12;

export function searchWords(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).slice(0, MAX_WORDS);
}

/**
 * Every word must begin some word of the indexed text (implicit AND of prefix queries), so
 * "sk hyn" matches "SK hynix" and "altman" matches "Sam Altman". Null when there is no word to look
 * for: the caller then matches nothing rather than everything.
 */
export function ftsPrefixQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}
