import { describe, expect, it } from 'vitest';
import { detectFormat, type DetectedFormat } from '../../../src/ingest/parse/detect-format.ts';

const CASES: [string, string, DetectedFormat][] = [
  ['RSS with prolog', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'rss'],
  ['RSS after BOM, comment and doctype', '\uFEFF<!-- hi --><!DOCTYPE rss [<!ENTITY x "y">]><rss>', 'rss'],
  ['RSS after a stylesheet PI', '<?xml version="1.0"?><?xml-stylesheet href="a.xsl" type="text/xsl"?>\n<rss>', 'rss'],
  ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
  ['prefixed Atom', '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">', 'atom'],
  ['RDF', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'rdf'],
  ['JSON Feed', '  {"version": "https://jsonfeed.org/version/1.1", "items": []}', 'json'],
  ['JSON, not a feed', '{"hello": 1}', 'unknown'],
  ['HTML doctype', '<!DOCTYPE html>\n<html lang="en">', 'html'],
  ['HTML without doctype', '\n<html><head>', 'html'],
  ['other XML', '<note/>', 'unknown'],
  ['plain text', 'hello world', 'unknown'],
  ['empty', '', 'unknown'],
  ['unterminated comment', '<!-- never closed <rss>', 'unknown'],
];

describe('detectFormat', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(detectFormat(text)).toBe(expected);
  });
});
