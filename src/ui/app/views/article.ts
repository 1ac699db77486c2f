// One stored article: its details, the entities it mentions, and its text with every evidence
// sentence marked, so a claim can be read in context.
import { gql } from '../api.js';
import { empty, entityLink, errorBox, isAbort, loading, section, statusBadge } from '../components/common.js';
import { h, replace, type Child } from '../dom.js';
import { formatDate, languageName, relationVerb } from '../format.js';
import { ARTICLE_FULL } from '../queries.js';
import type { ArticleFull } from '../types.js';
import type { ViewContext } from '../view.js';
import { notFoundView } from './not-found.js';

/** The text split into paragraphs, evidence spans wrapped in <mark> (offsets are UTF-16, as JS strings). */
function markedText(a: ArticleFull): HTMLElement {
  const spans = a.claims
    .flatMap((c) => c.evidence.map((e) => ({ start: e.start, end: e.end, label: `${c.source.name} ${relationVerb(c.type, c.status)} ${c.target.name}` })))
    .filter((s) => s.start >= 0 && s.end <= a.text.length && s.start < s.end)
    .sort((x, y) => x.start - y.start);
  // Merge overlapping spans: one sentence often states several claims.
  const merged: Array<{ start: number; end: number; labels: string[] }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.labels.includes(s.label)) last.labels.push(s.label);
    } else merged.push({ start: s.start, end: s.end, labels: [s.label] });
  }
  const paragraphs: Child[][] = [[]];
  const push = (text: string, mark?: string[]): void => {
    const parts = text.split(/\n\s*\n/);
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) paragraphs[paragraphs.length - 1]!.push(mark ? h('mark', { title: mark.join('; ') }, part) : part);
    });
  };
  let at = 0;
  for (const m of merged) {
    push(a.text.slice(at, m.start));
    push(a.text.slice(m.start, m.end), m.labels);
    at = m.end;
  }
  push(a.text.slice(at));
  return h('div', { class: 'article-text', lang: a.language !== 'und' ? a.language : undefined }, paragraphs.filter((p) => p.length).map((p) => h('p', null, p)));
}

export async function articleView(ctx: ViewContext, id: string): Promise<void> {
  replace(ctx.main, loading('article'));
  let a: ArticleFull | null;
  try {
    a = (await gql<{ article: ArticleFull | null }>(ARTICLE_FULL, { id }, ctx.signal)).article;
  } catch (err) {
    if (isAbort(err)) return;
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Article'), errorBox(err, () => void articleView(ctx, id)));
    return;
  }
  if (ctx.signal.aborted) return;
  if (!a) {
    notFoundView(ctx, `No stored article has the id “${id}”.`);
    return;
  }
  ctx.setTitle(a.title || a.id);
  replace(
    ctx.main,
    h(
      'article',
      { class: 'article-page', 'data-view': 'article' },
      h(
        'header',
        { class: 'page-head' },
        h('p', { class: 'kicker' }, 'Article'),
        h('h1', { tabindex: -1, lang: a.language !== 'und' ? a.language : undefined }, a.title || a.id),
        h(
          'p',
          { class: 'muted' },
          [a.source, a.author ? `by ${a.author}` : null, formatDate(a.publishedAt), languageName(a.language)].filter(Boolean).join(' · '),
          a.url ? [' · ', h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'original', h('span', { class: 'sr-only' }, ' (opens in a new tab)'))] : null,
        ),
        a.languageSupported ? null : h('p', { class: 'note' }, 'The extractor does not read this language: no entities were taken from it.'),
      ),
      h(
        'div',
        { class: 'article-layout' },
        h('div', null, h('h2', { class: 'sr-only' }, 'Text'), markedText(a)),
        h(
          'aside',
          null,
          section(
            'Claims',
            { id: 'claims', count: a.claims.length },
            a.claims.length
              ? h('ul', { class: 'claims' }, a.claims.map((c) => h('li', null, entityLink(c.source), ` ${relationVerb(c.type, c.status)} `, entityLink(c.target), ' ', statusBadge(c.status))))
              : empty('No claims.'),
          ),
          section(
            'Mentioned',
            { id: 'mentioned', count: a.entities.length },
            a.entities.length ? h('ul', { class: 'mentions' }, a.entities.map((m) => h('li', null, entityLink(m.entity, { withType: true }), h('span', { class: 'muted' }, ` ×${m.count}`)))) : empty('Nothing.'),
          ),
        ),
      ),
    ),
  );
}
