/**
 * Wraps a run-until-empty task so overlapping calls share work: a call while a run is going waits for one run that
 * starts after it (so it sees what it was called for), and any number of such calls share that one run.
 */
export function coalesce<T>(run: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const p = run().finally(() => {
      if (current === p) current = null;
    });
    current = p;
    return p;
  };
  return () => {
    if (!current) return start();
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return current ?? start();
      });
    return next;
  };
}
