/**
 * Shape of a sex-disaggregated statistics table (step 2). Cell values are stored
 * as the raw text the officer typed or pasted, so that an unreadable cell is
 * kept and reported at the cell instead of being lost; the maths in
 * `statistics.ts` parses them.
 */
import { z } from 'zod';
import { limits } from './limits';

export const groupKeys = ['women', 'men', 'girls', 'boys', 'other'] as const;
export type GroupKey = (typeof groupKeys)[number];

export const statUnits = ['count', 'percent', 'kronor', 'days', 'other'] as const;
export type StatUnit = (typeof statUnits)[number];

const cell = z.string().max(limits.cell);

export const statRowSchema = z.object({
  id: z.string().min(1).max(limits.id),
  /** The kön+ category of this row, e.g. "16-24 år" or a municipality. Empty for a single row. */
  label: z.string().max(limits.shortText),
  values: z.partialRecord(z.enum(groupKeys), cell),
});

export const statTableSchema = z.object({
  id: z.string().min(1).max(limits.id),
  indicator: z.string().max(limits.shortText),
  unit: z.enum(statUnits),
  /** Free text unit name when unit is 'other'. */
  unitOther: z.string().max(limits.shortText).optional(),
  period: z.string().max(limits.shortText),
  source: z.string().max(limits.shortText),
  /** Name of the kön+ variable the rows break down by (e.g. "Ålder"); empty when none. */
  breakdown: z.string().max(limits.shortText),
  /** Which sex groups are columns. Women and men are always included. */
  groups: z.array(z.enum(groupKeys)).max(groupKeys.length),
  rows: z.array(statRowSchema).max(limits.statRows),
  /** The officer's sentence about differences and similarities; null = use the auto-written one. */
  sentence: z.string().max(limits.longText).nullable(),
});

export type StatRow = z.infer<typeof statRowSchema>;
export type StatTable = z.infer<typeof statTableSchema>;
