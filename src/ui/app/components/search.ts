// The search box: an ARIA 1.2 combobox over the API's full-text search (names, aliases, evidence
// sentences), with results as you type and keyboard navigation (↑ ↓ Enter Escape).
import { ApiError, gql } from '../api.js';
import { h, replace, uid } from '../dom.js';
import { formatDate, relationVerb } from '../format.js';
import { SEARCH } from '../queries.js';
import type { ClaimItem, Connection, EntityRef } from '../types.js';
import { typeBadge } from './common.js';

type SearchEntity = EntityRef & { aliases: string[]; articleCount: number };
type SearchClaim = Pick<ClaimItem, 'id' | 'type' | 'status' | 'date' | 'source' | 'target' | 'evidence'>;

interface SearchData {
  search: { entities: Connection<SearchEntity>; claims: Connection<SearchClaim> };
}

export type SearchChoice =
  | { kind: 'entity'; entity: EntityRef }
  | { kind: 'claim'; claim: SearchClaim }
  | { kind: 'all'; text: string };

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  /** Evidence sentences and "all results" too (the header box), or entities only (pickers). */
  withClaims: boolean;
  onChoose(choice: SearchChoice): void;
  /** A visible label (default: visually hidden). */
  showLabel?: boolean;
}

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  clear(): void;
}

const DEBOUNCE_MS = 150;

/** Wraps the first case-insensitive occurrence of `needle` in <mark>. */
function highlight(text: string, needle: string): Array<string | HTMLElement> {
  const at = needle ? text.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), h('mark', null, text.slice(at, at + needle.length)), text.slice(at + needle.length)];
}

/** The part of a long sentence around the match, so the match is visible in one line. */
function snippet(text: string, needle: string, width = 140): string {
  if (text.length <= width) return text;
  const at = Math.max(0, text.toLowerCase().indexOf(needle.toLowerCase()));
  const start = Math.max(0, Math.min(at - 40, text.length - width));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const inputId = uid('search');
  const listId = uid('results');
  const statusId = uid('search-status');
  const input = h('input', {
    id: inputId,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'results', hidden: true, 'aria-label': `${options.label}: results` });
  const status = h('p', { id: statusId, class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const label = h('label', { for: inputId, class: options.showLabel ? 'search-label' : 'sr-only' }, options.label);
  const element = h('div', { class: 'searchbox' }, label, input, list, status);

  let choices: SearchChoice[] = [];
  let active = -1;
  let timer: number | undefined;
  let inflight: AbortController | null = null;
  let lastText = '';

  function setOpen(open: boolean): void {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  function setActive(index: number): void {
    active = index;
    const items = list.querySelectorAll<HTMLElement>('[role="option"]');
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    const current = items[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index: number): void {
    const choice = choices[index];
    if (!choice) return;
    setOpen(false);
    options.onChoose(choice);
  }

  function option(choice: SearchChoice, index: number, text: string): HTMLElement {
    let content: Array<string | HTMLElement>;
    if (choice.kind === 'entity') {
      const e = choice.entity as SearchEntity;
      const alias = e.aliases?.find((a) => a.toLowerCase().includes(text.toLowerCase()) && !e.name.toLowerCase().includes(text.toLowerCase()));
      content = [
        h('span', { class: 'opt-name' }, ...highlight(e.name, text)),
        typeBadge(e.type),
        alias ? h('span', { class: 'opt-alias' }, 'also “', ...highlight(alias, text), '”') : '',
        e.articleCount !== undefined ? h('span', { class: 'opt-meta' }, `${e.articleCount} art.`) : '',
      ];
    } else if (choice.kind === 'claim') {
      const c = choice.claim;
      const ev = c.evidence[0];
      content = [
        h('span', { class: 'opt-quote' }, '“', ...highlight(snippet(ev?.text ?? '', text), text), '”'),
        h('span', { class: 'opt-meta' }, `${c.source.name} ${relationVerb(c.type, c.status)} ${c.target.name}`, ev?.article.source ? ` · ${ev.article.source}` : '', ` · ${formatDate(c.date)}`),
      ];
    } else {
      content = [h('span', { class: 'opt-all' }, `All results for “${choice.text}”`)];
    }
    return h(
      'li',
      {
        id: `${listId}-${index}`,
        role: 'option',
        class: `option option-${choice.kind}`,
        'aria-selected': 'false',
        // Keep focus in the input while the pointer chooses.
        onmousedown: (ev: Event) => ev.preventDefault(),
        onclick: () => choose(index),
      },
      ...content,
    );
  }

  function render(text: string, data: SearchData['search']): void {
    choices = data.entities.edges.map((e) => ({ kind: 'entity', entity: e.node }) as SearchChoice);
    if (options.withClaims) {
      // One sentence often states several claims: list each sentence once.
      const seen = new Set<string>();
      for (const { node } of data.claims.edges) {
        const ev = node.evidence[0];
        const key = ev ? `${ev.article.id}\u0000${ev.text}` : node.id;
        if (seen.has(key)) continue;
        if (seen.size >= 4) break;
        seen.add(key);
        choices.push({ kind: 'claim', claim: node });
      }
      choices.push({ kind: 'all', text });
    }
    const items: HTMLElement[] = [];
    let index = 0;
    const entityCount = data.entities.edges.length;
    if (entityCount === 0) items.push(h('li', { role: 'presentation', class: 'results-empty' }, `No names match “${text}”.`));
    for (; index < entityCount; index++) items.push(option(choices[index]!, index, text));
    if (options.withClaims && data.claims.edges.length > 0) {
      items.push(h('li', { role: 'presentation', class: 'results-group' }, `In evidence sentences (${data.claims.totalCount} claims)`));
    }
    for (; index < choices.length; index++) items.push(option(choices[index]!, index, text));
    replace(list, items);
    status.textContent = `${data.entities.totalCount} names, ${options.withClaims ? `${data.claims.totalCount} sentences` : ''} match.`;
    setOpen(true);
    setActive(-1);
  }

  async function run(text: string): Promise<void> {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    input.setAttribute('aria-busy', 'true');
    try {
      const data = await gql<SearchData>(SEARCH, { text, entities: 8, claims: options.withClaims ? 8 : 0 }, controller.signal);
      if (controller.signal.aborted || input.value.trim() !== text) return;
      render(text, data.search);
    } catch (err) {
      if (controller.signal.aborted) return;
      choices = options.withClaims ? [{ kind: 'all', text }] : [];
      const message = err instanceof ApiError ? `${err.message} (${err.code})` : 'Search failed.';
      replace(list, h('li', { role: 'presentation', class: 'results-error' }, message), choices.map((c, i) => option(c, i, text)));
      setOpen(true);
    } finally {
      if (inflight === controller) {
        inflight = null;
        input.removeAttribute('aria-busy');
      }
    }
  }

  input.addEventListener('input', () => {
    const text = input.value.trim();
    window.clearTimeout(timer);
    if (text === lastText && !list.hidden) return;
    lastText = text;
    if (text.length < 2) {
      inflight?.abort();
      setOpen(false);
      return;
    }
    timer = window.setTimeout(() => void run(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (ev: KeyboardEvent) => {
    const count = choices.length;
    switch (ev.key) {
      case 'ArrowDown':
        ev.preventDefault();
        if (list.hidden) {
          if (count > 0) setOpen(true);
          return;
        }
        setActive(count === 0 ? -1 : (active + 1) % count);
        return;
      case 'ArrowUp':
        ev.preventDefault();
        if (list.hidden) return;
        setActive(count === 0 ? -1 : active <= 0 ? count - 1 : active - 1);
        return;
      case 'Enter': {
        const text = input.value.trim();
        if (!list.hidden && active >= 0) {
          ev.preventDefault();
          choose(active);
        } else if (options.withClaims && text.length > 0) {
          ev.preventDefault();
          setOpen(false);
          options.onChoose({ kind: 'all', text });
        } else if (!options.withClaims && choices[0]) {
          ev.preventDefault();
          choose(0);
        }
        return;
      }
      case 'Escape':
        if (!list.hidden) {
          ev.preventDefault();
          setOpen(false);
        } else if (input.value) {
          ev.preventDefault();
          input.value = '';
          lastText = '';
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  });

  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => {
    if (choices.length > 0 && input.value.trim() === lastText && lastText.length >= 2) setOpen(true);
  });

  return {
    element,
    input,
    clear() {
      input.value = '';
      lastText = '';
      choices = [];
      setOpen(false);
    },
  };
}
