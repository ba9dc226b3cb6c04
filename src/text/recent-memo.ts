/**
 * A memo of the last `size` keys asked, for results that depend on the key alone: a text read again by several steps
 * of one article is worked out once. The oldest key is dropped first, so the memo never grows past `size`.
 */
export function recentMemo<K, V>(size: number, compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    if (memo.size >= size) memo.delete(memo.keys().next().value as K);
    memo.set(key, value);
    return value;
  };
}
