// Expands the paths a user names into the files to load: directories walked recursively in sorted order.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loaderFor } from './loaders/index.js';

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface InputFiles {
  /** Files to load, in a stable order, each once. */
  files: string[];
  /** Named paths that cannot be loaded at all: missing, not a regular file, a directory that cannot be listed. */
  refused: SkippedFile[];
  /** Files found inside directories but not loaded (hidden, documentation, unknown type). */
  skipped: SkippedFile[];
}

/** Project documentation that often sits beside articles in a folder; named explicitly, it still loads. */
const DOCUMENTATION = /^(?:readme|license|licence|changelog|contributing|notice)(?:\.[a-z]+)?$/i;

/** Code-unit order, not locale order: the same tree walks the same way on every machine. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function collectInputFiles(paths: readonly string[]): Promise<InputFiles> {
  const out: InputFiles = { files: [], refused: [], skipped: [] };
  const seen = new Set<string>();

  const addFile = async (file: string): Promise<void> => {
    const real = await realpath(file).catch(() => file);
    if (seen.has(real)) return;
    seen.add(real);
    out.files.push(file);
  };

  const walkDir = async (dir: string, visiting: Set<string>): Promise<void> => {
    const real = await realpath(dir);
    if (visiting.has(real)) return; // a symlink loop
    visiting.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      out.refused.push({ file: dir, reason: `cannot list directory (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const entry of entries.sort(byName)) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
      if (target?.isDirectory()) {
        await walkDir(path, visiting);
      } else if (!target?.isFile()) {
        // Sockets, FIFOs (opening one would block) and dangling links.
        out.skipped.push({ file: path, reason: 'not a regular file' });
      } else if (DOCUMENTATION.test(entry.name)) {
        out.skipped.push({ file: path, reason: 'documentation file' });
      } else if (!loaderFor(path)) {
        out.skipped.push({ file: path, reason: 'not an article file type' });
      } else {
        await addFile(path);
      }
    }
    visiting.delete(real);
  };

  for (const path of paths) {
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) {
      const reason = info.code === 'ENOENT' ? 'no such file or directory' : `cannot read (${info.code ?? 'error'})`;
      out.refused.push({ file: path, reason });
    } else if (info.isDirectory()) {
      await walkDir(path, new Set());
    } else if (!info.isFile()) {
      out.refused.push({ file: path, reason: 'not a regular file' });
    } else {
      // A file named explicitly is loaded whatever it is: the loader says why if it cannot be.
      await addFile(path);
    }
  }
  return out;
}
