// The search thread's entry when newsgraph runs from its TypeScript sources (vitest, `npm run dev`, benchmarks): on
// Node 20 a worker thread does not inherit tsx's module hooks, so they are registered here before the real entry
// loads. The built service (dist/) starts search-thread.js directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
const entry = await import('./search-thread.ts');
export default entry.default;
