// Whitespace and encoding normalisation shared by the loaders and the cleaner.

/** Removes a leading byte-order mark and turns CRLF / CR line ends into LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n');
}

/**
 * Plain text with one paragraph per block: NFC, no-break and odd spaces made plain, zero-width characters dropped,
 * each line trimmed with inner runs of spaces collapsed, blank-line runs collapsed to one blank line.
 */
export function normalizeText(text: string): string {
  return normalizeNewlines(text)
    .normalize('NFC')
    .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function wordCount(line: string): number {
  const t = line.trim();
  return t.length === 0 ? 0 : t.split(/\s+/).length;
}
