// JSON.parse with an error that says where: V8's messages differ across Node versions and sometimes give no
// position, so a syntax error is located again with jsonc-parser (strict mode: no comments, no trailing commas).
import { parse as parseLenient, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

// Keyed by jsonc-parser's code names (its enum is a const enum, which isolated modules cannot read).
const PLAIN_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character or invalid value',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a double-quoted property name',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

export interface JsonSyntaxError {
  /** 1-based line and column of the error. */
  line: number;
  column: number;
  reason: string;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const errors: ParseError[] = [];
    parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      const code = printParseErrorCode(first.error);
      const reason = PLAIN_WORDS[code] ?? code;
      return { ok: false, error: { ...position(text, first.offset), reason } };
    }
    // jsonc-parser accepted what JSON.parse refused: fall back to V8's word and position, if it gave one.
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const pos = at ? position(text, Number(at[1])) : { line: 1, column: 1 };
    return { ok: false, error: { ...pos, reason: message.replace(/\s+/g, ' ').slice(0, 200) } };
  }
}

/** "invalid JSON at line 3, column 9: expected ','" */
export function describeJsonError(e: JsonSyntaxError, withLine = true): string {
  return withLine ? `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}` : `invalid JSON at column ${e.column}: ${e.reason}`;
}
