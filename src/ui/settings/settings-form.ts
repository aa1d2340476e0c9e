/**
 * The local-settings form: its zod schema (messages are i18n keys in `settings`) and the
 * conversions between an OrgConfig and the form's values. No React here.
 */
import * as z from 'zod/mini';
import {
  cleanText,
  LABEL_PLACEHOLDER,
  limits,
  minorityLanguages,
} from '../../config/config-schema';
import type { LocalOverrides, MinorityLanguage, OrgConfig } from '../../config/config-schema';
import { newId } from '../../storage/ids';

const E = 'settings:form.errors.';

const isBlank = (s: string) => cleanText(s) === '';

export const settingsFormSchema = z.object({
  committees: z
    .array(
      z.object({
        name: z.string().check(z.maxLength(limits.committee, { error: `${E}committeeTooLong` })),
      }),
    )
    .check(
      z.superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((row, i) => {
          const key = cleanText(row.name).toLocaleLowerCase('sv');
          if (!key) return;
          if (seen.has(key)) {
            ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `${E}committeeDuplicate` });
          }
          seen.add(key);
        });
      }),
    ),
  goals: z
    .array(
      z.object({
        goalId: z.string(),
        sv: z.string().check(z.maxLength(limits.goalText, { error: `${E}goalTooLong` })),
        en: z.string().check(z.maxLength(limits.goalText, { error: `${E}goalTooLong` })),
      }),
    )
    .check(
      z.superRefine((rows, ctx) => {
        rows.forEach((row, i) => {
          if (isBlank(row.sv) && !isBlank(row.en)) {
            ctx.addIssue({ code: 'custom', path: [i, 'sv'], message: `${E}goalSvMissing` });
          }
        });
      }),
    ),
  adminLanguages: z.array(z.enum(minorityLanguages)),
  labelFormat: z.string().check(
    z.refine((s) => !isBlank(s), { error: `${E}labelFormatEmpty` }),
    z.refine((s) => isBlank(s) || s.includes(LABEL_PLACEHOLDER), {
      error: `${E}labelFormatPlaceholder`,
    }),
    z.refine((s) => cleanText(s).length <= limits.labelFormat, {
      error: `${E}labelFormatTooLong`,
    }),
  ),
  footer: z.string().check(z.maxLength(limits.footer, { error: `${E}footerTooLong` })),
});

export type SettingsFormValues = z.infer<typeof settingsFormSchema>;

export function formValuesFrom(config: OrgConfig): SettingsFormValues {
  return {
    committees: config.committees.map((name) => ({ name })),
    goals: config.goals.map((g) => ({ goalId: g.id, sv: g.sv, en: g.en ?? '' })),
    adminLanguages: [...config.adminLanguages],
    labelFormat: config.appendix.labelFormat,
    footer: config.appendix.footer ?? '',
  };
}

/** An id for a goal added on this computer: safe characters, unique among `taken`. */
export function newGoalId(taken: readonly string[]): string {
  for (;;) {
    const id = `local-${newId()}`;
    if (!taken.includes(id)) return id;
  }
}

/** The settings the user asked for; blank rows are dropped. */
export function wantedFrom(values: SettingsFormValues): LocalOverrides {
  const taken = values.goals.map((g) => g.goalId);
  const footer = cleanText(values.footer);
  return {
    committees: values.committees.map((c) => cleanText(c.name)).filter(Boolean),
    goals: values.goals
      .filter((g) => !isBlank(g.sv))
      .map((g) => {
        const en = cleanText(g.en);
        const id = g.goalId || newGoalId(taken);
        return en ? { id, sv: cleanText(g.sv), en } : { id, sv: cleanText(g.sv) };
      }),
    adminLanguages: minorityLanguages.filter((l: MinorityLanguage) =>
      values.adminLanguages.includes(l),
    ),
    appendix: footer
      ? { labelFormat: cleanText(values.labelFormat), footer }
      : { labelFormat: cleanText(values.labelFormat) },
  };
}
