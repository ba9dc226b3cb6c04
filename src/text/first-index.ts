/**
 * Binary search over positions sorted ascending (token or mention offsets): the first index in [from, to) for which
 * `before(i)` is false, or `to` if none is. `before` must hold for a prefix of the range and fail after it.
 */
export function firstIndex(from: number, to: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
