import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/checklist/schema';
import { missingInCase } from '../../src/checklist/rules';
import { emptyContext } from '../../src/checklist/types';
import { freeTextChars, largeCase, prose } from '../fixtures/large-case';

describe('the large benchmark case', () => {
  it('is a valid case by the stored-case schema', () => {
    expect(caseSchema.safeParse(largeCase()).success).toBe(true);
  });

  it('has 10 statistics tables, 40 measures and 60,000 characters of answers', () => {
    const c = largeCase();
    expect(c.answers['b2.tables']).toHaveLength(10);
    expect(c.answers['b4.measures']).toHaveLength(40);
    expect(freeTextChars(c)).toBe(60_000);
  });

  it('answers every required question, so nothing is missing', () => {
    expect(missingInCase(largeCase().answers, emptyContext)).toEqual([]);
  });

  it('is the same case every time it is generated', () => {
    expect(JSON.stringify(largeCase())).toBe(JSON.stringify(largeCase()));
  });

  it('follows the size options it is given', () => {
    const c = largeCase({ tables: 2, measures: 3, answerChars: 5_000 });
    expect(c.answers['b2.tables']).toHaveLength(2);
    expect(c.answers['b4.measures']).toHaveLength(3);
    expect(freeTextChars(c)).toBe(5_000);
  });

  it('writes prose of exactly the asked length', () => {
    expect(prose(1234, 7)).toHaveLength(1234);
  });
});
