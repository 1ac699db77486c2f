// Markdown: front matter for metadata, the first `# heading` as title, the rest rendered by marked and reduced to
// plain text (paragraph breaks kept, links as their text, an image as its alt text).
import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';
import type { RawArticle } from '../../domain/types.js';
import { splitFrontMatter } from './front-matter.js';
import { htmlToText } from './html-text.js';
import type { LoadedFile } from './types.js';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // Alt text is the photo's description: keep it as text, as a caption would be.
    image: ({ text }) => escapeHtml(text),
  },
});

function isTitleHeading(token: Token): token is Tokens.Heading {
  return token.type === 'heading' && (token as Tokens.Heading).depth === 1;
}

export function loadMarkdown(text: string, file: string): LoadedFile {
  const { fields, body } = splitFrontMatter(text);
  const tokens = marked.lexer(body);
  const headingAt = tokens.findIndex(isTitleHeading);
  const token = tokens[headingAt];
  let title = fields.title;
  if (token && isTitleHeading(token)) {
    const heading = htmlToText(marked.parseInline(token.text, { async: false })).replace(/\s+/g, ' ').trim();
    // The heading moves to the title unless the front matter already titles the article differently.
    if (!title || title === heading) {
      title = heading;
      tokens.splice(headingAt, 1);
    }
  }
  const article: RawArticle = { ...fields, text: htmlToText(marked.parser(tokens)), format: 'markdown', origin: file };
  if (title) article.title = title;
  return { file, format: 'markdown', articles: [article], errors: [] };
}
