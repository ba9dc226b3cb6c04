import { Parser } from 'htmlparser2';
import { AppError } from '../../domain/errors.ts';

/**
 * Real article pages nest elements a few dozen levels deep. A page nested far deeper is hostile or broken: DOM
 * libraries recurse on depth (stack overflow) and content scoring grows with depth times size. It is refused before
 * a DOM is built, after one linear streaming pass.
 */
export const MAX_NESTING_DEPTH = 400;

export function assertReasonableNesting(html: string, limit = MAX_NESTING_DEPTH): void {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  if (deepest > limit) {
    throw new AppError('parse_error', `the page nests elements ${deepest} deep (more than ${limit}); it is not read`, { details: { depth: deepest } });
  }
}
