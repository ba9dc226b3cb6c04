/**
 * Short blocks whose words say they are page furniture rather than prose: ad labels, "continue reading" markers,
 * skip links, and the byline or date line a template prints above or below the body. Each test is bounded to short
 * texts, where such a line cannot be a sentence of the article.
 */

/** Whole-block labels (compared lower-cased, with punctuation and spacing dropped). */
const LABELS: ReadonlySet<string> = new Set([
  'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'sponsoredcontent', 'paidcontent', 'continuereadingbelow',
  'storycontinuesbelow', 'articlecontinuesbelow', 'continuereading', 'readmore', 'readmorebelow', 'skiptocontent',
  'skiptomaincontent', 'skipnavigation', 'scrolltocontinuewithcontent', 'advertisementcontinuereadingbelow',
  'contentcontinuesbelow', 'loading', 'relatedarticles', 'relatedstories', 'relatedcontent', 'youmayalsolike',
  'recommendedforyou', 'moreonthisstory', 'morestories', 'mostread', 'mostpopular', 'trendingnow', 'share',
  'sharethis', 'sharethisarticle', 'shareonfacebook', 'shareontwitter', 'comments', 'leaveacomment', 'print',
  'email', 'topics', 'tags',
]);

/** Label words are compared as letters only, so "ADVERTISEMENT -", "Advertisement:" and "Ad" all match. */
function letters(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
  return out;
}

export function isFurnitureLabel(text: string): boolean {
  if (text.length > 60) return false;
  return LABELS.has(letters(text));
}

const BYLINE_START = /^(?:by|words by|written by|posted by|reporting by|von|par|por|di|door)\s+\S/iu;
const DATE_LINE_START = /^(?:published|updated|posted|last updated|first published|modified|created|date)\b/iu;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/iu;
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/u;
const CLOCK = /\b\d{1,2}:\d{2}\b/u;
const RELATIVE_AGE = /\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b/iu;

/** A short line that is a byline or a publication date/time, not a sentence. */
export function isBylineOrDateLine(text: string, words: number): boolean {
  if (words > 14) return false;
  if (BYLINE_START.test(text) && words <= 10) return true;
  if (DATE_LINE_START.test(text)) return true;
  const dated = MONTH.test(text) || NUMERIC_DATE.test(text) || RELATIVE_AGE.test(text);
  // A bare date, or a date with a time, is a dateline; a short sentence that mentions a date is not.
  return dated && (CLOCK.test(text) || words <= 5);
}

/** Lead words of a line that points to other pages ("Related: …", "READ MORE: …", "See also …", "Don't miss …"). */
const POINTER_START =
  /^(?:related|read more|read also|also read|read next|see more|see also|more|more from|more on|don'?t miss|must read|recommended|watch|watch now|listen|click here|learn more|further reading|previously|trending|up next|next|top stories|subscribe|sign up|follow us|opinion|video|photos|gallery)\b/iu;
const POINTER_END = /\b(?:click here|read more|here)$/iu;

export function isPointerLine(text: string): boolean {
  return POINTER_START.test(text) || POINTER_END.test(withoutTrailingPunctuation(text));
}

/** The text without the punctuation and spaces it ends with ("… here!", "read more »"); a loop, not a regex. */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && !isLetterOrDigit(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

function isLetterOrDigit(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9');
}

/** Three or more words with letters, all in capitals: a promotional headline, not a sentence of the body. */
export function isShouting(text: string): boolean {
  let words = 0;
  let inWord = false;
  let upper = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upperCh = ch.toUpperCase();
    if (lower !== upperCh) {
      // A letter with case: a lower-case one anywhere means this is not shouting.
      if (ch === lower) return false;
      upper++;
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = ch !== ' ' && ch !== '\n' && ch !== '\t' ? inWord : false;
    }
  }
  return words >= 3 && upper >= 10;
}
