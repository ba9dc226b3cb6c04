import { Parser as RecoveringParser } from 'htmlparser2';
import { SaxesParser } from 'saxes';
import { ParseError } from '../../domain/errors.ts';
import { canonicalElementName, namespaceDeclarations } from './namespaces.ts';
import { MARKUP, TEXT, type XmlElement, type XmlNode } from './xml-node.ts';

/**
 * Reads XML into the project's element tree: an element is a string (text only, no attributes, no children) or an
 * object with `$` (attributes as written), `_` (its own text), one array per child name and, under symbols, its
 * text in document order and (for XHTML containers) its inner markup.
 *
 * Strict first (saxes); when the document is not well-formed, a forgiving tokenizer (htmlparser2 in XML mode:
 * stray end tags ignored, unclosed ones closed by their parent) builds the same tree and the strict parser's
 * complaint becomes a warning, so one broken tag does not lose a feed. A fresh parser per document keeps errors
 * deterministic. Element names are canonicalized by namespace (namespaces.ts), so `<rss:item>` in an RSS 1.0
 * document is `item` and Atom elements inside RSS are `atom:*` whatever prefix the document chose.
 *
 * Work is linear in the document: both tokenizers are state machines, nesting deeper than MAX_DEPTH is refused
 * (no feed nests that deep, and a bounded stack keeps each end tag's lookup constant), and ordered text is kept as
 * one list of chunks with a span per element instead of being copied into every ancestor.
 */
export const MAX_DEPTH = 256;

export interface XmlTree {
  /** Canonical name of the root element. */
  rootName: string;
  root: XmlElement;
  /** Why the strict parse failed, when the tree comes from the recovering one. */
  warnings: string[];
}

export function readXmlTree(xml: string): XmlTree {
  try {
    return { ...build(xml, 'strict'), warnings: [] };
  } catch (strictError) {
    if (strictError instanceof ParseError) throw strictError;
    const tree = build(xml, 'recover');
    return { ...tree, warnings: [`recovered from malformed XML: ${firstLine(strictError)}`] };
  }
}

interface Frame {
  name: string;
  attrs: Record<string, string> | null;
  own: string[];
  children: Record<string, XmlNode[]> | null;
  textStart: number;
  scope: ReadonlyMap<string, string>;
  /** Declared as escaped HTML (Atom `type="html"`): child elements here are naked markup to keep as markup. */
  html: boolean;
}

const XHTML_TYPES = new Set(['xhtml', 'application/xhtml+xml']);

/** Elements whose content is XHTML markup to keep as markup: RSS `<xhtml:body>`/`<body>`, Atom `type="xhtml"`. */
function capturesMarkup(name: string, attrs: Record<string, string>): boolean {
  if (name === 'xhtml:body' || name === 'body') return true;
  const type = attrs['type']?.trim().toLowerCase();
  if (type !== undefined && XHTML_TYPES.has(type)) return true;
  return attrs['mode']?.trim().toLowerCase() === 'xml' && (type ?? '').includes('html');
}

/** Atom `type="html"` / `text/html`, Atom 0.3 `mode="escaped"`: content that should be escaped HTML. */
function declaresHtml(attrs: Record<string, string>): boolean {
  const type = attrs['type']?.trim().toLowerCase();
  return type === 'html' || type === 'text/html' || attrs['mode']?.trim().toLowerCase() === 'escaped';
}

class TreeBuilder {
  readonly chunks: string[] = [];
  readonly stack: Frame[] = [];
  root: XmlElement | null = null;
  rootName = '';
  rootNamespace: string | null = null;
  /** Inner markup of the outermost capturing element being read, and how deep inside it we are. */
  markup: string[] = [];
  captureDepth = 0;

  open(rawName: string, attrs: Record<string, string>): void {
    if (this.root !== null && this.stack.length === 0) return; // a second root: ignored
    if (this.stack.length >= MAX_DEPTH) throw new ParseError('parse_error', `elements nested deeper than ${MAX_DEPTH}`);
    const parent = this.stack[this.stack.length - 1];
    const scope = namespaceDeclarations(attrs, parent?.scope ?? EMPTY_SCOPE);
    const resolved = canonicalElementName(rawName, scope, this.rootNamespace);
    if (this.stack.length === 0) this.rootNamespace = resolved.namespace;
    const name = this.stack.length === 0 ? canonicalElementName(rawName, scope, resolved.namespace).name : resolved.name;
    if (this.captureDepth === 0 && parent?.html === true) {
      // Writers that forget to escape HTML: from the first child element on, the parent keeps its inner markup
      // (the text before it, escaped again, included) so links and images survive.
      this.markup = parent.own.map(escapeText);
      this.captureDepth = 1;
    }
    if (this.captureDepth > 0) {
      this.markup.push(`<${localName(rawName)}${serializeAttributes(attrs)}>`);
      this.captureDepth++;
    }
    const capture = this.captureDepth === 0 && capturesMarkup(name, attrs);
    if (capture) {
      this.markup = [];
      this.captureDepth = 1;
    }
    const hasAttrs = Object.keys(attrs).length > 0;
    this.stack.push({
      name,
      attrs: hasAttrs ? attrs : null,
      own: [],
      children: null,
      textStart: this.chunks.length,
      scope,
      html: this.captureDepth === 0 && declaresHtml(attrs),
    });
  }

  text(value: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined || value === '') return;
    top.own.push(value);
    this.chunks.push(value);
    if (this.captureDepth > 0) this.markup.push(escapeText(value));
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    let markup: string | null = null;
    if (this.captureDepth > 0) {
      this.captureDepth--;
      if (this.captureDepth === 0) markup = this.markup.join('');
      else this.markup.push(`</${localName(frame.name)}>`);
    }
    const node = this.finish(frame, markup);
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.root = typeof node === 'string' ? {} : node;
      this.rootName = frame.name;
      return;
    }
    parent.children ??= {};
    (parent.children[frame.name] ??= []).push(node);
  }

  private finish(frame: Frame, markup: string | null): XmlNode {
    const own = frame.own.join('');
    if (frame.attrs === null && frame.children === null && markup === null) return own;
    const el: XmlElement = {};
    if (frame.attrs !== null) el.$ = frame.attrs;
    if (own.trim() !== '') el._ = own;
    if (frame.children !== null) Object.assign(el, frame.children);
    const { chunks } = this;
    const start = frame.textStart;
    const end = chunks.length;
    Object.defineProperty(el, TEXT, { get: () => chunks.slice(start, end).join(''), enumerable: false });
    if (markup !== null) Object.defineProperty(el, MARKUP, { value: frame.html ? htmlInWrapper(markup) : unwrapDiv(markup), enumerable: false });
    return el;
  }
}

const EMPTY_SCOPE: ReadonlyMap<string, string> = new Map();

function build(xml: string, mode: 'strict' | 'recover'): Omit<XmlTree, 'warnings'> {
  const builder = new TreeBuilder();
  if (mode === 'strict') {
    const parser = new SaxesParser({ position: false });
    parser.on('opentag', (tag) => builder.open(tag.name, tag.attributes as Record<string, string>));
    parser.on('text', (t) => builder.text(t));
    parser.on('cdata', (t) => builder.text(t));
    parser.on('closetag', () => builder.close());
    parser.write(xml).close();
  } else {
    const parser = new RecoveringParser(
      {
        onopentag: (name, attribs) => builder.open(name, attribs),
        ontext: (t) => builder.text(t),
        onclosetag: () => builder.close(),
      },
      { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
    );
    parser.write(xml);
    parser.end();
  }
  if (builder.root === null) throw new ParseError('not_a_feed', 'no XML element found');
  return { rootName: builder.rootName, root: builder.root };
}

/** An XHTML container's single `<div>` is a wrapper, not content (RFC 4287 section 3.1.1.3). */
function unwrapDiv(markup: string): string {
  const m = /^\s*<div(?:\s[^<>]*)?>/.exec(markup);
  if (!m || !markup.trimEnd().endsWith('</div>')) return markup;
  const inner = markup.slice(m[0].length, markup.trimEnd().length - '</div>'.length);
  // Only when that div is the one top-level element: the inner part must not close it early.
  return balancedDivs(inner) ? inner : markup;
}

/**
 * Naked markup inside content declared HTML. A lone `<div>` wrapper holding only escaped text (TypePad writes
 * `type="html"` content so) wraps the HTML itself: its text, unescaped once, is the content, as feedparser and gofeed
 * read it. Any other naked markup is kept as markup.
 */
function htmlInWrapper(markup: string): string {
  const inner = unwrapDiv(markup);
  if (inner === markup || inner.includes('<')) return inner;
  return inner.replace(/&(lt|gt|amp);/g, (_m, name: string) => (name === 'lt' ? '<' : name === 'gt' ? '>' : '&'));
}

function balancedDivs(s: string): boolean {
  let depth = 0;
  for (const m of s.matchAll(/<(\/?)div\b/g)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function serializeAttributes(attrs: Record<string, string>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    out += ` ${localName(name)}="${escapeText(value).replace(/"/g, '&quot;')}"`;
  }
  return out;
}

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
}
