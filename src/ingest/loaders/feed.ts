// RSS 2.0 / RSS 1.0 and Atom 1.0 feeds: one article per item or entry; the feed's title is the source.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../domain/errors.js';
import type { InputFormat, RawArticle } from '../../domain/types.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import { itemOrigin } from './types.js';
import type { LoadedFile } from './types.js';

const ALWAYS_ARRAYS = new Set([
  'rss.channel.item',
  'rdf:RDF.item',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.author',
  'feed.link',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Titles like "2025" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (_name, jpath) => ALWAYS_ARRAYS.has(String(jpath)),
});

// Rebuilds an Atom `type="xhtml"` content tree (already parsed into objects) as markup for the HTML reducer.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text' });

type XmlValue = string | number | boolean | XmlNode | XmlValue[] | undefined | null;
interface XmlNode {
  [key: string]: XmlValue;
}

function isNode(v: XmlValue): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: XmlValue): XmlValue[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Text of an element that may carry attributes (`{ '#text': …, '@_type': … }`). */
function textOf(v: XmlValue): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (isNode(v)) return textOf(v['#text']);
  return undefined;
}

/** Body text of `content:encoded`, Atom `content` / `summary`, or `description`: HTML reduced to text. */
function bodyOf(v: XmlValue): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (isNode(first) && first['@_type'] === 'xhtml') {
    const markup: XmlNode = { ...first };
    delete markup['@_type'];
    return htmlToText(String(builder.build(markup)));
  }
  const raw = textOf(first);
  if (!raw) return undefined;
  return looksLikeHtml(raw) ? htmlToText(raw) : raw;
}

function rssAuthor(item: XmlNode): string | undefined {
  const creator = textOf(item['dc:creator']);
  if (creator) return creator;
  const author = textOf(item['author']);
  // RSS 2.0 wants "email (Name)": keep the name.
  const named = author ? /\(([^)]+)\)\s*$/.exec(author) : null;
  return named?.[1]?.trim() ?? (author && !author.includes('@') ? author : undefined);
}

function atomLink(entry: XmlNode): string | undefined {
  const links = asArray(entry['link']).filter(isNode);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? links[0];
  const href = alternate ? textOf(alternate['@_href']) : undefined;
  return href;
}

function isHttpUrl(s: string | undefined): s is string {
  return !!s && /^https?:\/\/\S+$/i.test(s);
}

interface FeedItem {
  title?: string | undefined;
  link?: string | undefined;
  guid?: string | undefined;
  date?: string | undefined;
  author?: string | undefined;
  body?: string | undefined;
}

function rssItems(items: XmlValue[]): FeedItem[] {
  return items.filter(isNode).map((item) => ({
    title: textOf(item['title']),
    link: textOf(item['link']),
    guid: textOf(item['guid']),
    date: textOf(item['pubDate']) ?? textOf(item['dc:date']),
    author: rssAuthor(item),
    body: bodyOf(item['content:encoded']) ?? bodyOf(item['description']),
  }));
}

function atomEntries(entries: XmlValue[]): FeedItem[] {
  return entries.filter(isNode).map((entry) => {
    const author = asArray(entry['author']).filter(isNode)[0];
    return {
      title: bodyOf(entry['title']),
      link: atomLink(entry),
      guid: textOf(entry['id']),
      date: textOf(entry['published']) ?? textOf(entry['updated']),
      author: author ? textOf(author['name']) : undefined,
      body: bodyOf(entry['content']) ?? bodyOf(entry['summary']),
    };
  });
}

export function loadFeed(xml: string, file: string): LoadedFile {
  const fail = (reason: string): LoadedFile => ({ file, format: null, articles: [], errors: [new InputError(file, reason)] });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return fail(`invalid XML at line ${line}, column ${col}: ${msg}`);
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (err) {
    return fail(`cannot read the feed: ${err instanceof Error ? err.message : String(err)}`);
  }
  let format: InputFormat;
  let feedTitle: string | undefined;
  let language: string | undefined;
  let items: FeedItem[];
  const rss = doc['rss'];
  const rdf = doc['rdf:RDF'];
  const atom = doc['feed'];
  if (isNode(rss) && isNode(rss['channel'])) {
    const channel = rss['channel'];
    format = 'rss';
    feedTitle = textOf(channel['title']);
    language = textOf(channel['language']) ?? textOf(channel['dc:language']);
    items = rssItems(asArray(channel['item']));
  } else if (isNode(rdf)) {
    const channel = isNode(rdf['channel']) ? rdf['channel'] : {};
    format = 'rss';
    feedTitle = textOf(channel['title']);
    language = textOf(channel['dc:language']);
    items = rssItems(asArray(rdf['item']));
  } else if (isNode(atom)) {
    format = 'atom';
    feedTitle = bodyOf(atom['title']);
    language = textOf(atom['@_xml:lang']);
    items = atomEntries(asArray(atom['entry']));
  } else {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'none';
    return fail(`not an RSS or Atom feed (root element <${root}>)`);
  }
  const articles: RawArticle[] = [];
  const errors: InputError[] = [];
  if (items.length === 0) errors.push(new InputError(file, `the ${format === 'rss' ? 'RSS' : 'Atom'} feed has no items`));
  items.forEach((item, i) => {
    const origin = itemOrigin(file, i);
    if (!item.body?.trim()) {
      errors.push(new InputError(origin, 'item has no text (no content, description or summary)'));
      return;
    }
    const article: RawArticle = { text: item.body, format, origin };
    if (item.title) article.title = item.title.replace(/\s+/g, ' ').trim();
    const url = isHttpUrl(item.link) ? item.link : isHttpUrl(item.guid) ? item.guid : undefined;
    if (url) article.url = url;
    // A guid that is just the permalink adds nothing the URL id does not; any other guid is the feed's own id.
    if (item.guid && !isHttpUrl(item.guid)) article.id = item.guid;
    if (item.date) article.publishedAt = item.date;
    if (item.author) article.author = item.author;
    if (feedTitle) article.source = feedTitle;
    if (language) article.language = language;
    articles.push(article);
  });
  return { file, format, articles, errors };
}
