/**
 * Builds article web pages the way news sites wrap them: navigation, a cookie banner, a share bar, the headline with
 * byline and time, the body, a related-links box holding other headlines, a newsletter box, a paywall teaser,
 * comments, a footer, and JSON-LD. Templates differ in how they name things (semantic tags, BEM classes, camelCase
 * ids, bare divs) so extraction is tested on the structure, not on one site's class names.
 */

export interface PageArticle {
  title: string;
  /** Paragraphs of the body. */
  paragraphs: string[];
  byline: string;
  publishedAt: string;
  url: string;
  language: string;
  siteName: string;
  /** Extra body HTML inserted after the second paragraph (a table, a list). */
  inset?: string;
}

export type PageTemplate = 'semantic' | 'bem' | 'camel' | 'bare-divs';
export const PAGE_TEMPLATES: PageTemplate[] = ['semantic', 'bem', 'camel', 'bare-divs'];

/** Boilerplate sentences every template carries; none of them may reach the extracted text. */
export const BOILERPLATE_MARKERS = [
  'We use cookies to improve your experience',
  'Sign up for our morning briefing',
  'Subscribe now to keep reading',
  'Share this article on Facebook',
  'This comment section is moderated',
  'All rights reserved',
] as const;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A page for `article` whose related box links to `related` headlines (other stories of the site). */
export function newsPage(article: PageArticle, related: readonly { title: string; url: string }[], template: PageTemplate): string {
  const n = NAMES[template];
  const body = article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  if (article.inset) body.splice(2, 0, article.inset);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: article.siteName },
      {
        '@type': 'NewsArticle',
        headline: article.title,
        datePublished: article.publishedAt,
        author: [{ '@type': 'Person', name: article.byline }],
        publisher: { '@type': 'Organization', name: article.siteName },
        articleSection: 'World',
      },
    ],
  });
  const relatedItems = related.map((r) => `<li><a href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a></li>`).join('');
  const navLinks = ['World', 'Politics', 'Business', 'Climate', 'Sport', 'Culture', 'Opinion']
    .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${article.language}"><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | ${escapeHtml(article.siteName)}</title>
<link rel="canonical" href="${escapeHtml(article.url)}">
<meta property="og:site_name" content="${escapeHtml(article.siteName)}">
<meta property="article:published_time" content="${article.publishedAt}">
<script type="application/ld+json">${jsonLd}</script>
<script>window.dataLayer = [{ page: "article" }];</script>
</head><body>
<${n.navTag} ${n.nav}><ul>${navLinks}</ul></${n.navTag}>
<div ${n.cookie}><p>We use cookies to improve your experience. By continuing you accept our policy.</p><a href="/privacy">Privacy policy</a></div>
<div ${n.page}>
<${n.articleTag} ${n.article}>
<h1>${escapeHtml(article.title)}</h1>
<div ${n.byline}>By ${escapeHtml(article.byline)}</div>
<time datetime="${article.publishedAt}">${article.publishedAt.slice(0, 10)}</time>
<div ${n.share}><a href="https://facebook.example/share">Share this article on Facebook</a> <a href="https://x.example/share">Post</a> <a href="mailto:?">Email</a></div>
<div ${n.body}>
${body.join('\n')}
</div>
<div ${n.newsletter}><h3>Newsletter</h3><p>Sign up for our morning briefing and get the day's top stories in your inbox.</p></div>
<div ${n.paywall}><p>Subscribe now to keep reading unlimited articles for just 1 a month.</p></div>
</${n.articleTag}>
<${n.asideTag} ${n.related}><h2>Related stories</h2><ul>${relatedItems}</ul></${n.asideTag}>
<div ${n.comments}><h2>Comments</h2><p>This comment section is moderated. Be kind to each other.</p>
<div><p>Reader one: I could not disagree more with the view expressed here, frankly.</p></div></div>
</div>
<${n.footerTag} ${n.footer}><p>© 2025 ${escapeHtml(article.siteName)}. All rights reserved.</p><ul>${navLinks}</ul></${n.footerTag}>
</body></html>`;
}

interface TemplateNames {
  navTag: string; nav: string; cookie: string; page: string; articleTag: string; article: string; byline: string;
  share: string; body: string; newsletter: string; paywall: string; asideTag: string; related: string;
  comments: string; footerTag: string; footer: string;
}

const NAMES: Record<PageTemplate, TemplateNames> = {
  semantic: {
    navTag: 'nav', nav: '', cookie: 'class="cookie-banner"', page: 'class="layout"', articleTag: 'article', article: '',
    byline: 'class="byline"', share: 'class="share-tools"', body: 'class="article-body"', newsletter: 'class="newsletter-signup"',
    paywall: 'class="paywall"', asideTag: 'aside', related: '', comments: 'id="comments"', footerTag: 'footer', footer: '',
  },
  bem: {
    navTag: 'div', nav: 'class="site-header__menu"', cookie: 'class="gdpr-consent__dialog"', page: 'class="page__wrapper"',
    articleTag: 'div', article: 'class="story"', byline: 'class="story__byline"', share: 'class="story__social-share"',
    body: 'class="story__text"', newsletter: 'class="promo-box promo-box--newsletter"', paywall: 'class="meter-paywall__teaser"',
    asideTag: 'div', related: 'class="recirc-module recirc-module--related"', comments: 'class="story__comments"',
    footerTag: 'div', footer: 'class="site-footer"',
  },
  camel: {
    navTag: 'div', nav: 'id="mainNavigation"', cookie: 'id="cookieConsentBar"', page: 'id="pageContainer"', articleTag: 'div',
    article: 'id="articleContainer"', byline: 'class="articleByline"', share: 'class="shareButtons"', body: 'id="articleBody"',
    newsletter: 'class="newsletterSignup"', paywall: 'class="paywallTeaser"', asideTag: 'div', related: 'id="relatedArticles"',
    comments: 'id="commentsSection"', footerTag: 'div', footer: 'id="siteFooter"',
  },
  'bare-divs': {
    // No helpful names at all for the body: only structure and link density tell the article from the rest.
    navTag: 'div', nav: 'class="top"', cookie: 'class="cookie-notice"', page: 'class="wrap"', articleTag: 'div', article: 'class="c1"',
    byline: 'class="c2"', share: 'class="c3"', body: 'class="c4"', newsletter: 'class="c5"', paywall: 'class="c6"',
    asideTag: 'div', related: 'class="c7"', comments: 'class="c8"', footerTag: 'div', footer: 'class="c9"',
  },
};
