// HTML → plain text with paragraph breaks: blocks become paragraphs, <br> and list items become lines.
// Shared by the HTML, Markdown (rendered by marked) and feed loaders.
import { parseHTML } from 'linkedom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'ul',
]);
/** Elements that start a new line but not a new paragraph. */
const LINES = new Set(['li', 'tr']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head', 'select', 'button', 'input', 'textarea']);
const CELLS = new Set(['td', 'th']);

/** Collects text into lines and paragraphs while walking a DOM tree. */
class TextSink {
  private readonly paragraphs: string[][] = [];
  private lines: string[] = [];
  private line = '';

  text(raw: string): void {
    const t = raw.replace(/\s+/g, ' ');
    if (t === ' ' || t === '') {
      if (this.line !== '' && !this.line.endsWith(' ')) this.line += ' ';
      return;
    }
    this.line += this.line === '' ? t.trimStart() : t;
  }

  /** A separator between table cells, so a row reads "cell; cell". */
  cell(): void {
    if (this.line.trim() !== '' && !/[;:]\s*$/.test(this.line)) this.line = `${this.line.trimEnd()}; `;
  }

  lineBreak(): void {
    const l = this.line.trim();
    if (l !== '') this.lines.push(l);
    this.line = '';
  }

  paragraphBreak(): void {
    this.lineBreak();
    if (this.lines.length > 0) this.paragraphs.push(this.lines);
    this.lines = [];
  }

  result(): string {
    this.paragraphBreak();
    return this.paragraphs.map((p) => p.join('\n')).join('\n\n');
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
  querySelector?: (selector: string) => unknown;
}

function walk(node: DomNode, sink: TextSink): void {
  if (node.nodeType === TEXT_NODE) {
    sink.text(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = node.nodeName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  const hidden = node.getAttribute?.('hidden');
  if ((hidden !== null && hidden !== undefined) || node.getAttribute?.('aria-hidden') === 'true') return;
  if (tag === 'br') {
    sink.lineBreak();
    return;
  }
  if (tag === 'img') {
    // An image's alt text is kept only for a figure without a caption: it is then the only description of the photo.
    return;
  }
  if (tag === 'figure' && !node.querySelector?.('figcaption')) {
    const alt = findImageAlt(node);
    if (alt) {
      sink.paragraphBreak();
      sink.text(alt);
      sink.paragraphBreak();
      return;
    }
  }
  const block = BLOCKS.has(tag);
  if (block) sink.paragraphBreak();
  else if (LINES.has(tag)) sink.lineBreak();
  else if (CELLS.has(tag)) sink.cell();
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child) walk(child, sink);
  }
  if (block) sink.paragraphBreak();
  else if (LINES.has(tag)) sink.lineBreak();
}

function findImageAlt(node: DomNode): string | null {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child || child.nodeType !== ELEMENT_NODE) continue;
    if (child.nodeName.toLowerCase() === 'img') {
      const alt = child.getAttribute?.('alt')?.trim();
      if (alt) return alt;
    }
    const inner = findImageAlt(child);
    if (inner) return inner;
  }
  return null;
}

/** Plain text of a DOM subtree (a linkedom or browser node). */
export function domToText(root: unknown): string {
  const sink = new TextSink();
  walk(root as DomNode, sink);
  return sink.result();
}

/** Plain text of an HTML fragment or document. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body);
}

/** True when a string carries HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text);
}
