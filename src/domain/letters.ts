// Letters spelled without their accents, and the few letters NFKD leaves whole spelled in plain Latin:
// where an id is made and where two spellings of a name must meet.
export function plainLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    // Turkish dotless i, Polish ł, South Slavic and Vietnamese đ.
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd');
}
