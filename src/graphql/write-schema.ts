// `npm run schema`: writes the printed, sorted SDL to schema/schema.graphql.
import { writeFileSync } from 'node:fs';
import { printedSchema } from './schema.ts';

const target = new URL('../../schema/schema.graphql', import.meta.url);
writeFileSync(target, printedSchema());
console.log(`wrote ${target.pathname}`);
