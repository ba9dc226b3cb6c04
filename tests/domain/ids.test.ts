import { describe, expect, it } from 'vitest';
import { decodeTime, isValid } from 'ulid';
import { newId } from '../../src/domain/ids.ts';

describe('newId', () => {
  const ids = Array.from({ length: 20_000 }, () => newId());

  it('gives valid ULIDs stamped with the current time', () => {
    const now = Date.now();
    expect(ids.every((id) => isValid(id))).toBe(true);
    expect(Math.abs(decodeTime(ids.at(-1)!) - now)).toBeLessThan(60_000);
  });

  it('gives distinct ids in creation order, many to the millisecond', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('draws the random part from every symbol of the alphabet', () => {
    // Only an id in a new millisecond gets a fresh random part (the rest increment it): one id per millisecond.
    const fresh: string[] = [];
    for (let last = Date.now(); fresh.length < 600; ) {
      const now = Date.now();
      if (now === last) continue;
      last = now;
      fresh.push(newId());
    }
    // 600 draws miss one of 32 symbols with a chance of about 2 in 10^7.
    expect(new Set(fresh.map((id) => id[10])).size).toBe(32);
  });
});
