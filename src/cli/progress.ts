/** A one-line progress display on a terminal; silent when stderr is not a TTY (cron, CI, pipes). */
export function createProgress(label: string): { update(done: number, total: number | null, detail: string): void; done(): void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    update(done, total, detail) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && (total === null || done < total)) return;
      last = now;
      const width = process.stderr.columns ?? 80;
      const text = `${label} ${done}${total !== null ? `/${total}` : ''} ${detail}`;
      process.stderr.write(`\r${text.slice(0, width - 1).padEnd(width - 1)}`);
    },
    done() {
      if (tty) process.stderr.write(`\r${' '.repeat((process.stderr.columns ?? 80) - 1)}\r`);
    },
  };
}
