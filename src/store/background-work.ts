/**
 * Store work that runs beside its callers instead of inside their calls (gathering planner statistics): at most one
 * task of a kind at a time, and a store closing waits for what is still running. A task never rejects: it reports
 * its own outcome.
 */
export class BackgroundWork {
  private readonly running = new Map<string, Promise<void>>();

  /** Starts `task` unless a task of this kind is still running; says whether it started. */
  start(kind: string, task: () => Promise<void>): boolean {
    if (this.running.has(kind)) return false;
    const run = (async () => {
      try {
        await task();
      } catch {
        // The task reports its own failure; a stray rejection must not end the process.
      } finally {
        this.running.delete(kind);
      }
    })();
    this.running.set(kind, run);
    return true;
  }

  /** Resolves once nothing started so far is running. */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.all(this.running.values());
  }
}
