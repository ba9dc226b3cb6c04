/**
 * Class and id values split into lower-case words: "article-share_bar", "articleShareBar" and "article share bar"
 * all give article, share, bar. Page templates name their parts in every style, so word matching is steadier than
 * substring matching (which finds "ad" in "shadow" and "head").
 */
export function nameTokens(value: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let previousLower = false;
  for (const ch of value) {
    const lower = ch.toLowerCase();
    const isUpper = lower !== ch;
    const isWordChar = (lower >= 'a' && lower <= 'z') || (ch >= '0' && ch <= '9');
    if (!isWordChar) {
      if (current) tokens.push(current);
      current = '';
      previousLower = false;
      continue;
    }
    // A camelCase boundary starts a new word.
    if (isUpper && previousLower && current) {
      tokens.push(current);
      current = '';
    }
    current += lower;
    previousLower = !isUpper && ch >= 'a' && ch <= 'z';
  }
  if (current) tokens.push(current);
  return tokens;
}
