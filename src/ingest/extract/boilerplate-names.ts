/**
 * Words in class and id names that mark the parts of a page around an article: navigation, sharing, related and
 * recommended links, comments, newsletters, advertising, cookie and paywall notices, bylines and captions. The
 * lists follow the designs of readability's "unlikely candidates" and trafilatura's discard rules, as words.
 */

/** A name word equal to one of these marks boilerplate. */
const EXACT: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'gpt', 'sponsored', 'sponsor',
  'promo', 'promos', 'promoted', 'outbrain', 'taboola', 'nav', 'navbar', 'navigation', 'menu', 'breadcrumb',
  'breadcrumbs', 'sidebar', 'rail', 'footer', 'masthead', 'share', 'sharing', 'shares', 'sharebar', 'social',
  'sociable', 'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'popular', 'trending',
  'comment', 'comments', 'disqus', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'cookie',
  'cookies', 'consent', 'gdpr', 'paywall', 'byline', 'bylines', 'dateline', 'caption', 'captions', 'figcaption',
  'credit', 'credits', 'tags', 'tagcloud', 'pagination', 'pager', 'toolbar', 'tools', 'widget', 'widgets',
  'banner', 'modal', 'popup', 'overlay', 'skip', 'print', 'author', 'authors', 'bio', 'timestamp', 'meta', 'topics',
]);

/** A name word starting with one of these marks boilerplate ("shareButtons", "commentlist", "newsletterform"). */
const PREFIXES: readonly string[] = [
  'advert', 'sponsor', 'share', 'social', 'comment', 'newsletter', 'subscri', 'cookie', 'consent', 'paywall',
  'breadcrumb', 'sidebar', 'footer', 'byline', 'caption', 'recommend', 'related', 'trending', 'outbrain', 'taboola',
];

/**
 * Words that mark the article itself. A container named both ("article-comments-enabled", "story-body share-tools"
 * on one wrapper) is kept: losing the article costs more than keeping a share bar.
 */
const CONTENT: ReadonlySet<string> = new Set([
  'article', 'articles', 'body', 'content', 'contents', 'main', 'story', 'entry', 'post', 'text', 'blog', 'page',
  'column', 'hentry', 'prose', 'richtext', 'markdown', 'paragraph',
]);

export function isBoilerplateWord(word: string): boolean {
  if (EXACT.has(word)) return true;
  for (const prefix of PREFIXES) if (word.startsWith(prefix)) return true;
  return false;
}

export function isContentWord(word: string): boolean {
  return CONTENT.has(word);
}
