// The overview: where a reporter starts the day — what needs checking, what is trending, who is
// in the news.
import { gql } from '../api.js';
import { trendsPanel } from '../components/chart.js';
import { empty, entityLink, errorBox, isAbort, loading, section } from '../components/common.js';
import { leadsPanel } from '../components/leads.js';
import { corpusRange, type CorpusRange } from '../corpus.js';
import { h, replace } from '../dom.js';
import { formatDate, plural, TYPE_PLURAL } from '../format.js';
import { TOP_ENTITIES } from '../queries.js';
import type { Connection, EntityRef, EntityType } from '../types.js';
import type { ViewContext } from '../view.js';

type Ranked = EntityRef & { articleCount: number; mentionCount: number };

function topList(type: EntityType, signal: AbortSignal): HTMLElement {
  const body = h('div', null, loading(TYPE_PLURAL[type].toLowerCase()));
  gql<{ entities: Connection<Ranked> }>(TOP_ENTITIES, { type, first: 8 }, signal).then(
    (data) =>
      replace(
        body,
        data.entities.edges.length
          ? h(
              'ol',
              { class: 'top' },
              data.entities.edges.map(({ node }) => h('li', null, entityLink(node), h('span', { class: 'muted' }, ` ${plural(node.articleCount, 'article')}`))),
            )
          : empty('None yet.'),
      ),
    (err: unknown) => {
      if (!isAbort(err)) replace(body, errorBox(err));
    },
  );
  return h('div', { class: 'top-block' }, h('h3', null, TYPE_PLURAL[type]), body);
}

export async function homeView(ctx: ViewContext): Promise<void> {
  ctx.setTitle('Overview');
  replace(ctx.main, loading('overview'));
  // New articles change leads and trends: redraw the overview (cheap) when one arrives.
  let timer: number | undefined;
  const off = ctx.live.onArticle((article) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      ctx.announce(`New article: ${article.title}`);
      void drawHome(ctx);
    }, 500);
  });
  ctx.onCleanup(() => {
    off();
    window.clearTimeout(timer);
  });
  await drawHome(ctx);
}

async function drawHome(ctx: ViewContext): Promise<void> {
  let range: CorpusRange;
  try {
    range = await corpusRange(ctx.signal);
  } catch (err) {
    if (isAbort(err)) return;
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Overview'), errorBox(err, () => void drawHome(ctx)));
    return;
  }
  if (ctx.signal.aborted) return;
  if (range.articleCount === 0) {
    replace(
      ctx.main,
      h(
        'div',
        { 'data-view': 'home' },
        h('h1', { tabindex: -1 }, 'Overview'),
        empty('No articles yet. Ingest some with `jejak ingest <folder>` or the ingestArticles mutation; they will show up here.'),
      ),
    );
    return;
  }
  replace(
    ctx.main,
    h(
      'div',
      { class: 'home', 'data-view': 'home' },
      h(
        'header',
        { class: 'page-head' },
        h('h1', { tabindex: -1 }, 'Overview'),
        h('p', { class: 'muted' }, `${plural(range.articleCount, 'article')} in the store · newest from ${formatDate(range.latest)}.`),
      ),
      h(
        'div',
        { class: 'home-grid' },
        section('Follow-up leads', { id: 'leads', intro: 'What deserves a second look, and why.' }, leadsPanel({ asOf: range.latest, signal: ctx.signal, first: 3, controls: false })),
        h(
          'div',
          { class: 'home-side' },
          section('Theme trends', { id: 'trends' }, trendsPanel({ from: range.from, to: range.to, title: 'Theme trends', signal: ctx.signal, maxSeries: 5 })),
          section('Most mentioned', { id: 'top' }, h('div', { class: 'top-grid' }, topList('PERSON', ctx.signal), topList('ORGANIZATION', ctx.signal), topList('COUNTRY', ctx.signal))),
        ),
      ),
    ),
  );
}
