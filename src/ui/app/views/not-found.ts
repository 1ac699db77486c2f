// What an unknown address or id shows: a plain message and ways back.
import { h, replace } from '../dom.js';
import type { ViewContext } from '../view.js';

export function notFoundView(ctx: ViewContext, message: string): void {
  ctx.setTitle('Not found');
  replace(
    ctx.main,
    h(
      'div',
      { class: 'not-found', 'data-view': 'not-found' },
      h('h1', { tabindex: -1 }, 'Not found'),
      h('p', null, message),
      h('p', null, 'Try the search box above, or go back to the ', h('a', { href: '#/' }, 'overview'), '.'),
    ),
  );
}
