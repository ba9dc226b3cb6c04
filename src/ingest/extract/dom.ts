/**
 * The slice of the DOM the extractor uses, typed here so the project does not pull the browser's whole DOM library
 * into its type environment. linkedom implements it (a light, forgiving DOM over htmlparser2).
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly parentElement: DomElement | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  id: string;
  className: string;
  innerHTML: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  replaceWith(...nodes: DomNode[]): void;
  appendChild(node: DomNode): DomNode;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  createElement(name: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A document from HTML text; never throws on malformed markup (the parser recovers like a browser). */
export function parseHtmlDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  return document;
}

/** A detached element holding an HTML fragment, in a document of its own. */
export function parseHtmlFragment(html: string): DomElement {
  const doc = parseHtmlDocument('<!doctype html><html><head></head><body></body></html>');
  const body = doc.body ?? doc.createElement('body');
  body.innerHTML = html;
  return body;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Elements as an array, so callers may remove them while iterating. */
export function all(root: DomElement | DomDocument, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}
