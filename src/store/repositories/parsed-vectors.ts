import { createHash } from 'node:crypto';
import type { ClusterVector } from '../../domain/story.ts';

const emptyVector = (): ClusterVector => ({ w: {}, s: {}, d: {}, e: {}, l: {}, y: {}, names: {}, topics: {} });

/** Parsed vectors kept: the articles in the time window are read again by every newcomer. */
const KEEP = 20_000;

function parse(text: string): ClusterVector {
  try {
    return { ...emptyVector(), ...(JSON.parse(text) as Partial<ClusterVector>) };
  } catch {
    return emptyVector();
  }
}

/** Oldest first out: a Map iterates in insertion order. */
function remember<K, V>(m: Map<K, V>, key: K, value: V): void {
  if (m.size >= KEEP) m.delete(m.keys().next().value!);
  m.set(key, value);
}

const byText = new Map<string, ClusterVector>();

/** The stored vector text as a vector; callers share the result and must not change it. */
export function parseVector(text: string): ClusterVector {
  let v = byText.get(text);
  if (!v) remember(byText, text, (v = parse(text)));
  return v;
}

/** The revision stored beside a vector's text: a digest of it, so the same vector saved again keeps its revision. */
export function vectorRevision(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

const byArticle = new Map<string, { revision: string; vector: ClusterVector }>();

/**
 * The vector of an article at this revision when this process parsed it before, else undefined. Keyed by article and
 * revision, so a reader needs only the short revision of a row to know whether to fetch its text.
 */
export function knownVector(articleId: string, revision: string | null): ClusterVector | undefined {
  if (revision === null) return undefined;
  const known = byArticle.get(articleId);
  return known?.revision === revision ? known.vector : undefined;
}

/** Parses a vector text read with its revision and keeps it for knownVector (a row without one: by its text). */
export function parseRevision(articleId: string, revision: string | null, text: string): ClusterVector {
  if (revision === null) return parseVector(text);
  const vector = parse(text);
  byArticle.delete(articleId);
  remember(byArticle, articleId, { revision, vector });
  return vector;
}
