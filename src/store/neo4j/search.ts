// Word search for the Neo4j adapter, with the same meaning as the SQLite one: case- and
// accent-insensitive words, each prefix-matched, all required.
//
// Words are cut and folded here, in one place, for both sides: the stored `searchText` of an
// entity or claim is its folded words joined by spaces, indexed with Lucene's `whitespace`
// analyzer, and a query is the folded words of what the user typed, each as a prefix term.
// So Lucene never tokenizes or folds on its own, and user text never reaches Lucene syntax.

/** Word characters as SQLite FTS5's unicode61 tokenizer sees them: letters, digits, marks, private use. */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** As the SQLite adapter: enough for any name, and bounds the cost of a pasted paragraph. */
const MAX_QUERY_WORDS = 12;

/** Lower case, Latin accents removed ("José" → "jose"), as unicode61 with remove_diacritics does. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

function words(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map(foldWord).filter((w) => w.length > 0);
}

/** What is stored in `searchText` for these texts: their folded words, de-duplicated, space-separated. */
export function searchText(texts: readonly string[]): string {
  return [...new Set(texts.flatMap(words))].join(' ');
}

/** Lucene's query syntax characters; folded words never contain them, escaping is a second fence. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query requiring every word of `text` as a word prefix ("sk hyn" → `sk* AND hyn*`),
 * or null when there is no word: the caller then matches nothing rather than everything.
 */
export function luceneQuery(text: string): string | null {
  const terms = words(text).slice(0, MAX_QUERY_WORDS);
  if (terms.length === 0) return null;
  return terms.map((t) => `${t.replace(LUCENE_SPECIAL, '\\$&')}*`).join(' AND ');
}

/**
 * The name as SQLite's NOCASE collation compares it (only ASCII letters fold): findEntities ranks
 * an entity whose name equals the search text this way first, as the SQLite store does.
 */
export function nameKey(name: string): string {
  return name.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
}
