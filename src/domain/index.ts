export * from './errors.ts';
export * from './feed.ts';
export * from './raw-feed.ts';
export * from './article.ts';
export * from './ids.ts';
export * from './clock.ts';
export * from './schedule.ts';
export * from './enrichment.ts';
