// Theme trends over the whole corpus, every theme.
import { trendsPanel } from '../components/chart.js';
import { errorBox, isAbort, loading } from '../components/common.js';
import { corpusRange } from '../corpus.js';
import { h, replace } from '../dom.js';
import type { ViewContext } from '../view.js';

export async function trendsView(ctx: ViewContext): Promise<void> {
  ctx.setTitle('Theme trends');
  replace(ctx.main, loading('trends'));
  try {
    const range = await corpusRange(ctx.signal);
    if (ctx.signal.aborted) return;
    replace(
      ctx.main,
      h(
        'div',
        { 'data-view': 'trends' },
        h('header', { class: 'page-head' }, h('h1', { tabindex: -1 }, 'Theme trends'), h('p', { class: 'muted' }, 'Mentions of each theme per period, over dated articles.')),
        h('section', { class: 'panel' }, trendsPanel({ from: range.from, to: range.to, title: 'Theme trends', signal: ctx.signal, maxSeries: 8 })),
      ),
    );
  } catch (err) {
    if (isAbort(err)) return;
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Theme trends'), errorBox(err, () => void trendsView(ctx)));
  }
}
