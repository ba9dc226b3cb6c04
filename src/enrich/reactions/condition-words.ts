/**
 * The word that opens a condition: "if" or "unless", but not "even if" (a concession) or "as if" (a comparison).
 * Conditional offers, conditions after a reported complement and cues inside a condition all read it.
 */
export function opensCondition(norms: readonly string[], k: number): boolean {
  const norm = norms[k];
  return (norm === 'if' || norm === 'unless') && norms[k - 1] !== 'even' && norms[k - 1] !== 'as';
}
