import { Parser } from 'htmlparser2';
import { ParseError } from '../../domain/errors.ts';
import { decodeEntities } from './decode-entities.ts';

/** One `<outline>` with its attributes (names lower-cased, values decoded) and nested outlines. */
export interface OutlineNode {
  attrs: ReadonlyMap<string, string>;
  children: OutlineNode[];
}

export interface OpmlTree {
  title: string | null;
  outlines: OutlineNode[];
}

/**
 * Reads the parts of an OPML document we use: head/title and the outline tree under body. Tag and attribute names
 * are matched case-insensitively (xmlUrl, xmlurl, XMLURL all occur in the wild). Mismatched tags are tolerated the
 * way htmlparser2 tolerates them; a missing root, a non-OPML root, no body or a document cut short are errors.
 */
export function readOpmlTree(text: string): OpmlTree {
  const state = new TreeBuilder();
  const parser = new Parser(state, { xmlMode: true, decodeEntities: false });
  parser.end(text);
  return state.finish();
}

class TreeBuilder {
  private rootName: string | null = null;
  private readonly path: string[] = [];
  private readonly openOutlines: OutlineNode[] = [];
  private readonly outlines: OutlineNode[] = [];
  private sawBody = false;
  private opmlClosed = false;
  private titleParts: string[] = [];
  private inCdata = false;

  onopentag = (name: string, attribs: Record<string, string>): void => {
    const tag = name.toLowerCase();
    if (this.rootName === null) this.rootName = tag;
    this.path.push(tag);
    if (tag === 'body' && this.path.length === 2) this.sawBody = true;
    if (tag === 'outline' && this.path[1] === 'body') {
      const node: OutlineNode = { attrs: decodedAttributes(attribs), children: [] };
      (this.openOutlines.at(-1)?.children ?? this.outlines).push(node);
      this.openOutlines.push(node);
    }
  };

  onclosetag = (name: string, isImplied: boolean): void => {
    const tag = this.path.pop();
    if (tag === 'outline' && this.path[1] === 'body') this.openOutlines.pop();
    // An explicit </opml> (htmlparser2 reports it as not implied) shows the document was not cut short.
    if (name.toLowerCase() === 'opml' && this.path.length === 0 && !isImplied) this.opmlClosed = true;
  };

  ontext = (text: string): void => {
    if (this.path.length === 3 && this.path[1] === 'head' && this.path[2] === 'title') {
      this.titleParts.push(this.inCdata ? text : decodeEntities(text));
    }
  };

  oncdatastart = (): void => {
    this.inCdata = true;
  };

  oncdataend = (): void => {
    this.inCdata = false;
  };

  finish(): OpmlTree {
    if (this.rootName === null) throw new ParseError('parse_error', 'Not an OPML document: no root element');
    if (this.rootName !== 'opml') throw new ParseError('parse_error', `Not an OPML document: the root element is <${this.rootName}>`);
    if (!this.sawBody) throw new ParseError('parse_error', 'Invalid OPML: <opml> has no <body>');
    if (!this.opmlClosed) throw new ParseError('parse_error', 'Invalid OPML: the document ends before </opml> (truncated?)');
    const title = this.titleParts.join('').replace(/\s+/g, ' ').trim();
    return { title: title === '' ? null : title, outlines: this.outlines };
  }
}

/** First occurrence wins when a name repeats in different case. */
function decodedAttributes(attribs: Record<string, string>): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [name, value] of Object.entries(attribs)) {
    const key = name.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, decodeEntities(value));
  }
  return attrs;
}
