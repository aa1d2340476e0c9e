/**
 * The shape of the organisation's settings (public/config.json): field schemas, limits, types and
 * the defaults. The tolerant parser over them is config-schema.ts.
 *
 * Pure: no React, no browser APIs. Every text is stripped of characters that are illegal in
 * XML 1.0 (it may reach Word).
 */
import * as z from 'zod/mini';
import type { MinorityLanguage, OrganisationKind, OrgGoal } from '../checklist/types';
import { withoutXmlIllegal } from '../appendix/sanitize';
import { templatePathSchema } from './template-path';

export const CONFIG_VERSION = 1;

export const minorityLanguages = [
  'finska',
  'meankieli',
  'samiska',
] as const satisfies readonly MinorityLanguage[];

/** A kommun and a region owe different things in a förvaltningsområde (förskola, äldreomsorg). */
export const organisationKinds = [
  'kommun',
  'region',
] as const satisfies readonly OrganisationKind[];

/** Placeholder in `appendix.labelFormat` replaced by the appendix number. */
export const LABEL_PLACEHOLDER = '{n}';

export const limits = {
  organisationName: 200,
  shortName: 60,
  committee: 200,
  committees: 500,
  goalId: 64,
  goalText: 1000,
  goals: 200,
  labelFormat: 60,
  footer: 500,
} as const;

/** Letters a–z, digits, hyphen and underscore; starts with a letter or digit. */
export const GOAL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function cleanText(s: string): string {
  return withoutXmlIllegal(s).trim();
}

export const text = (max: number) => z.string().check(z.overwrite(cleanText), z.maxLength(max));
const requiredText = (max: number) =>
  z.string().check(z.overwrite(cleanText), z.maxLength(max), z.minLength(1));

// ---- Field schemas (each validated on its own by the tolerant parser) ----

export const organisationNameSchema = text(limits.organisationName);
export const shortNameSchema = text(limits.shortName);
export const committeeSchema = requiredText(limits.committee);
export const goalIdSchema = z
  .string()
  .check(
    z.overwrite(cleanText),
    z.maxLength(limits.goalId),
    z.minLength(1),
    z.regex(GOAL_ID_PATTERN, { error: 'settings:problems.invalidGoalId' }),
  );
export const goalTextSchema = requiredText(limits.goalText);
export const adminLanguageSchema = z.enum(minorityLanguages, {
  error: 'settings:problems.unknownLanguage',
});
export const labelFormatSchema = z.string().check(
  z.overwrite(cleanText),
  z.maxLength(limits.labelFormat),
  z.minLength(1),
  z.refine((s) => s.includes(LABEL_PLACEHOLDER), {
    error: 'settings:problems.labelMissingPlaceholder',
  }),
);
export const footerSchema = text(limits.footer);
export const organisationKindSchema = z.enum(organisationKinds, {
  error: 'settings:problems.unknownOrganisationKind',
});

export const orgGoalSchema = z.object({
  id: goalIdSchema,
  sv: goalTextSchema,
  en: z.optional(goalTextSchema),
});

/** The full, valid shape of config.json (after defaults). Types come from here. */
export const orgConfigSchema = z.object({
  version: z.literal(CONFIG_VERSION),
  organisation: z.object({
    name: organisationNameSchema,
    shortName: z.optional(shortNameSchema),
    kind: z.optional(organisationKindSchema),
  }),
  committees: z.array(committeeSchema).check(z.maxLength(limits.committees)),
  goals: z.array(orgGoalSchema).check(
    z.maxLength(limits.goals),
    z.refine((gs) => new Set(gs.map((g) => g.id)).size === gs.length, {
      error: 'settings:problems.duplicateGoalId',
    }),
  ),
  adminLanguages: z.array(adminLanguageSchema),
  appendix: z.object({
    labelFormat: labelFormatSchema,
    footer: z.optional(footerSchema),
    template: z.optional(templatePathSchema),
  }),
  allowLocalOverrides: z.boolean(),
});

export type OrgConfig = z.infer<typeof orgConfigSchema>;
export type { OrgGoal, MinorityLanguage, OrganisationKind };

/** What a user may override on this computer. A present field replaces the deployed one. */
export interface LocalOverrides {
  committees?: string[];
  goals?: OrgGoal[];
  adminLanguages?: MinorityLanguage[];
  appendix?: { labelFormat: string; footer?: string };
}

export function defaultConfig(): OrgConfig {
  return {
    version: CONFIG_VERSION,
    organisation: { name: '' },
    committees: [],
    goals: [],
    adminLanguages: [],
    appendix: { labelFormat: 'Bilaga {n}' },
    allowLocalOverrides: true,
  };
}
