// Reads one input file as text, refusing what cannot be an article before it costs memory.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../../domain/errors.js';
import { normalizeNewlines } from '../clean/normalize.js';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

function openFailure(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(err)})`;
  return new InputError(file, reason, { cause: err });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text: BOM removed, line ends LF. Throws InputError (naming `file`) for a file that is missing, not a
 * regular file, larger than `maxBytes` (decided from its size, before reading a byte), empty, binary or not UTF-8.
 */
export async function readTextFile(file: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  // stat before open: opening a FIFO would block, and the size check must not need the content.
  const info = await stat(file).catch((err: unknown) => {
    throw openFailure(file, err);
  });
  if (info.isDirectory()) throw new InputError(file, 'is a directory');
  if (!info.isFile()) throw new InputError(file, 'not a regular file');
  if (info.size > maxBytes) throw new InputError(file, `file is ${megabytes(info.size)}, over the ${megabytes(maxBytes)} size limit`);
  if (info.size === 0) throw new InputError(file, 'file is empty');
  const bytes = await readFile(file).catch((err: unknown) => {
    throw openFailure(file, err);
  });
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw new InputError(file, `file is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} size limit`);
  return decode(file, bytes);
}

/** UTF-8 text of a file's bytes, or an InputError saying why it is not text. */
export function decode(file: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 'UTF-16 text is not supported; save the file as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, `binary file (NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (err) {
    throw new InputError(file, 'not valid UTF-8 text (binary or another encoding)', { cause: err });
  }
  text = normalizeNewlines(text);
  if (text.trim() === '') throw new InputError(file, 'file is empty (only whitespace)');
  return text;
}
