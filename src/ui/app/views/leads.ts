// All follow-up leads, with the window and relation type adjustable.
import { errorBox, isAbort, loading } from '../components/common.js';
import { leadsPanel } from '../components/leads.js';
import { corpusRange } from '../corpus.js';
import { h, replace } from '../dom.js';
import type { ViewContext } from '../view.js';

export async function leadsView(ctx: ViewContext): Promise<void> {
  ctx.setTitle('Follow-up leads');
  replace(ctx.main, loading('leads'));
  try {
    const range = await corpusRange(ctx.signal);
    if (ctx.signal.aborted) return;
    replace(
      ctx.main,
      h(
        'div',
        { 'data-view': 'leads' },
        h('header', { class: 'page-head' }, h('h1', { tabindex: -1 }, 'Follow-up leads'), h('p', { class: 'muted' }, 'Claims to verify and names to watch. The window ends on the newest article by default.')),
        h('section', { class: 'panel' }, leadsPanel({ asOf: range.latest, signal: ctx.signal, first: 25, controls: true })),
      ),
    );
  } catch (err) {
    if (isAbort(err)) return;
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Follow-up leads'), errorBox(err, () => void leadsView(ctx)));
  }
}
