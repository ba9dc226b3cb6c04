import type { NewArticle } from '../../domain/article.ts';
import { builder } from '../builder.ts';

type Enclosure = NewArticle['enclosures'][number];

export const EnclosureRef = builder.objectRef<Enclosure>('Enclosure').implement({
  description: 'A file attached to an article: an RSS enclosure, an Atom rel="enclosure" link, a JSON Feed attachment, Media RSS content.',
  fields: (t) => ({
    url: t.field({ type: 'URL', resolve: (e) => e.url }),
    type: t.exposeString('type', { nullable: true, description: 'MIME type as the feed declares it' }),
    length: t.float({
      nullable: true,
      description: 'Size in bytes as the feed declares it (a Float: files may exceed 2^31 bytes)',
      resolve: (e) => (typeof e.length === 'number' && Number.isFinite(e.length) && e.length >= 0 ? e.length : null),
    }),
  }),
});
