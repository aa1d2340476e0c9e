/**
 * Hard limits of a stored case. They protect the app and the Word file from
 * absurd input; the soft limits shown by character counts are lower and live
 * on the questions (`maxLength`).
 */
export const limits = {
  id: 100,
  shortText: 500,
  text: 2_000,
  /** Hard cap of one long answer (the soft limit is much lower). */
  longText: 100_000,
  cell: 100,
  statTables: 50,
  statRows: 500,
  measures: 200,
  consultations: 200,
  goals: 100,
  multi: 50,
} as const;
