/**
 * Shape of a sex-disaggregated statistics table (step 2). Cell values are stored
 * as the raw text the officer typed or pasted, so that an unreadable cell is
 * kept and reported at the cell instead of being lost; the maths in
 * `statistics.ts` parses them.
 *
 * Schemas use zod/mini: they are on the first-load path (every stored case is
 * validated when the case list opens), where zod's classic API costs ~17 KiB.
 */
import * as z from 'zod/mini';
import { DUPLICATE_ID, SAFE_ID, duplicateIdIndexes } from './ids';
import { limits } from './limits';

export const groupKeys = ['women', 'men', 'girls', 'boys', 'other'] as const;
export type GroupKey = (typeof groupKeys)[number];

export const statUnits = ['count', 'percent', 'kronor', 'days', 'other'] as const;
export type StatUnit = (typeof statUnits)[number];

const max = (n: number) => z.string().check(z.maxLength(n));
const cell = max(limits.cell);
const id = () => z.string().check(z.minLength(1), z.maxLength(limits.id), z.regex(SAFE_ID));

export const statRowSchema = z.object({
  id: id(),
  /** The kön+ category of this row, e.g. "16-24 år" or a municipality. Empty for a single row. */
  label: max(limits.shortText),
  values: z.partialRecord(z.enum(groupKeys), cell),
  /**
   * The row is a subset of the row above ("varav ..."), so it is never added into the total.
   * Absent: read from the label (a label starting with "varav", "därav", "of which" or
   * "thereof" is a subset); true/false is the officer's own choice. Optional: stored tables
   * from before have no such field.
   */
  subset: z.optional(z.boolean()),
  /**
   * The base population per sex for this row (e.g. the number of women and men in the target
   * group), raw text as typed; counts only. With it the maths gives rates (share of the women
   * who ..., share of the men who ...) and the gap between them. Optional, as above.
   */
  base: z.optional(z.partialRecord(z.enum(groupKeys), cell)),
});

export const statTableSchema = z.object({
  id: id(),
  indicator: max(limits.shortText),
  unit: z.enum(statUnits),
  /** Free text unit name when unit is 'other'. */
  unitOther: z.optional(max(limits.shortText)),
  period: max(limits.shortText),
  source: max(limits.shortText),
  /** Name of the kön+ variable the rows break down by (e.g. "Ålder"); empty when none. */
  breakdown: max(limits.shortText),
  /** Which sex groups are columns. Women and men are always included. */
  groups: z.array(z.enum(groupKeys)).check(z.maxLength(groupKeys.length)),
  /** Row ids are unique within the table. */
  rows: z.array(statRowSchema).check(
    z.maxLength(limits.statRows),
    z.superRefine((rows, ctx) => {
      for (const i of duplicateIdIndexes(rows)) {
        ctx.addIssue({ code: 'custom', message: DUPLICATE_ID, path: [i, 'id'] });
      }
    }),
  ),
  /** Count tables: the officer gives a base population per sex for each row (see `base`). */
  withBase: z.optional(z.boolean()),
  /** The officer's sentence about differences and similarities; null = use the auto-written one. */
  sentence: z.nullable(max(limits.longText)),
});

export type StatRow = z.infer<typeof statRowSchema>;
export type StatTable = z.infer<typeof statTableSchema>;
