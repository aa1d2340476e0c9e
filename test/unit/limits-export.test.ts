import { describe, expect, it } from 'vitest';
import { buildAppendix } from '../../src/appendix/model';
import type { Translate } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { emptyContext } from '../../src/checklist/types';
import { largeCase } from '../fixtures/large-case';

describe('the appendix model of a case at the statistics limits', () => {
  it('asks i18next once per distinct text, not once per cell (10 tables × 500 rows)', () => {
    const c = largeCase({ tables: 10, rowsPerTable: 500 });
    const sv = nodeTranslator('sv');
    let calls = 0;
    const t: Translate = (key, params) => {
      calls++;
      return sv(key, params);
    };
    const model = buildAppendix(c, { t, lng: 'sv', ctx: emptyContext });
    // Every cell is in the model (the charts of 500 rows are left out: CHART_MAX_ROWS).
    expect(JSON.stringify(model).length).toBeGreaterThan(400_000);
    // Before: 54,000 lookups (one per cell and bar); the distinct (key, values) pairs are 13,000.
    expect(calls).toBeLessThan(20_000);
  });
});
