// Replaced by the store's PostgreSQL probe; kept minimal until then.
export default function setup(): void {}
