/**
 * The organisation's settings (public/config.json): schema, defaults and a tolerant parser.
 *
 * Pure: no React, no browser APIs. An IT department deploys one config.json for everyone;
 * a mistake in it must never stop the app. So parsing is field-level tolerant: every field is
 * validated on its own, an invalid field falls back to its default (an invalid item in a list
 * is dropped) and the valid fields are kept. Each problem is reported with the field's path and
 * an i18n key (namespace `settings`) so the administrator reads exactly what is wrong.
 *
 * Invariants: `parseConfig` never throws and always returns a complete, valid `OrgConfig`;
 * goal ids are unique and made of safe characters (they are stored in cases as `org:<id>`);
 * every text is stripped of characters that are illegal in XML 1.0 (it may reach Word).
 */
import * as z from 'zod/mini';
import type { RuleContext } from '../checklist/types';
import { isRecord } from '../format/versioned-json';
import { templatePathSchema, withTemplateOf } from './template-path';
import {
  CONFIG_VERSION,
  minorityLanguages,
  organisationKinds,
  LABEL_PLACEHOLDER,
  limits,
  organisationNameSchema,
  shortNameSchema,
  committeeSchema,
  goalIdSchema,
  goalTextSchema,
  adminLanguageSchema,
  labelFormatSchema,
  footerSchema,
  organisationKindSchema,
  defaultConfig,
  text,
} from './config-shape';
import type { LocalOverrides, MinorityLanguage, OrgConfig, OrgGoal } from './config-shape';

export {
  minorityLanguages,
  LABEL_PLACEHOLDER,
  limits,
  cleanText,
  orgConfigSchema,
  defaultConfig,
} from './config-shape';
export type { LocalOverrides, MinorityLanguage, OrgConfig } from './config-shape';

// ---- Problems ----

export type ProblemSeverity = 'error' | 'warning';

export interface ConfigProblem {
  /** Where in config.json, e.g. `goals[2].id`; empty for the whole file. */
  path: string;
  /** Full i18n key, e.g. `settings:problems.tooLong`; translate with `t(messageKey, params)`. */
  messageKey: string;
  params: Record<string, string | number>;
  /** `error`: the field was ignored (default used); `warning`: read, but worth fixing. */
  severity: ProblemSeverity;
}

const P = 'settings:problems.';

function problem(
  path: string,
  key: string,
  params: Record<string, string | number> = {},
  severity: ProblemSeverity = 'error',
): ConfigProblem {
  return { path, messageKey: P + key, params, severity };
}

const expectedKeys: Record<string, string> = {
  string: 'expectedText',
  array: 'expectedList',
  object: 'expectedObject',
  boolean: 'expectedBoolean',
  number: 'expectedNumber',
};

/** Translate the first zod issue of a failed field into one problem. */
function issueToProblem(issue: z.core.$ZodIssue, path: string, value: unknown): ConfigProblem {
  if (issue.message.startsWith('settings:')) {
    const params: Record<string, string | number> = {};
    if (issue.code === 'invalid_value') {
      params.value = String(value);
      params.allowed = (
        issue.message === `${P}unknownOrganisationKind` ? organisationKinds : minorityLanguages
      ).join(', ');
    }
    if (issue.message === `${P}labelMissingPlaceholder`) params.placeholder = LABEL_PLACEHOLDER;
    return problem(path, issue.message.slice(P.length), params);
  }
  switch (issue.code) {
    case 'invalid_type':
      return problem(path, expectedKeys[issue.expected] ?? 'invalid');
    case 'too_small':
      return problem(path, 'empty');
    case 'too_big':
      return problem(path, issue.origin === 'array' ? 'tooMany' : 'tooLong', {
        max: Number(issue.maximum),
      });
    default:
      return problem(path, 'invalid');
  }
}

function check<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  path: string,
  problems: ConfigProblem[],
): { ok: true; value: T } | { ok: false } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const first = r.error.issues[0];
  problems.push(first ? issueToProblem(first, path, value) : problem(path, 'invalid'));
  return { ok: false };
}

/** Keys starting with `_` (comments) or `$` (e.g. `$schema`) are ignored silently. */
function reportUnknown(
  obj: Record<string, unknown>,
  known: readonly string[],
  prefix: string,
  problems: ConfigProblem[],
): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key) || key.startsWith('_') || key.startsWith('$')) continue;
    problems.push(problem(join(prefix, key), 'unknownField', { field: key }, 'warning'));
  }
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

function asList(value: unknown, path: string, problems: ConfigProblem[]): unknown[] | null {
  if (Array.isArray(value)) return value;
  problems.push(problem(path, 'expectedList'));
  return null;
}

function capList(list: unknown[], max: number, path: string, problems: ConfigProblem[]) {
  if (list.length <= max) return list;
  problems.push(problem(path, 'tooMany', { max }, 'warning'));
  return list.slice(0, max);
}

// ---- Field parsers shared by config.json and stored local overrides ----

function parseCommittees(value: unknown, path: string, problems: ConfigProblem[]): string[] | null {
  const list = asList(value, path, problems);
  if (!list) return null;
  const out: string[] = [];
  const seen = new Set<string>();
  capList(list, limits.committees, path, problems).forEach((item, i) => {
    const r = check(committeeSchema, item, `${path}[${i}]`, problems);
    if (!r.ok) return;
    const key = r.value.toLocaleLowerCase('sv');
    if (seen.has(key)) {
      problems.push(problem(`${path}[${i}]`, 'duplicateCommittee', { value: r.value }, 'warning'));
      return;
    }
    seen.add(key);
    out.push(r.value);
  });
  return out;
}

function parseGoals(value: unknown, path: string, problems: ConfigProblem[]): OrgGoal[] | null {
  const list = asList(value, path, problems);
  if (!list) return null;
  const out: OrgGoal[] = [];
  capList(list, limits.goals, path, problems).forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(item)) {
      problems.push(problem(at, 'expectedObject'));
      return;
    }
    reportUnknown(item, ['id', 'sv', 'en'], at, problems);
    const id = check(goalIdSchema, item.id, `${at}.id`, problems);
    const sv = check(goalTextSchema, item.sv, `${at}.sv`, problems);
    // Without a valid id or Swedish text the goal cannot be chosen or shown: drop it.
    if (!id.ok || !sv.ok) return;
    if (out.some((g) => g.id === id.value)) {
      problems.push(problem(`${at}.id`, 'duplicateGoalId', { id: id.value }));
      return;
    }
    const goal: OrgGoal = { id: id.value, sv: sv.value };
    if (item.en !== undefined) {
      // An invalid or empty English text only loses the translation, not the goal.
      const en = check(text(limits.goalText), item.en, `${at}.en`, problems);
      if (en.ok && en.value) goal.en = en.value;
    }
    out.push(goal);
  });
  return out;
}

function normaliseLanguage(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  return s === 'meänkieli' ? 'meankieli' : s;
}

function parseLanguages(
  value: unknown,
  path: string,
  problems: ConfigProblem[],
): MinorityLanguage[] | null {
  const list = asList(value, path, problems);
  if (!list) return null;
  const out: MinorityLanguage[] = [];
  list.forEach((item, i) => {
    const r = check(adminLanguageSchema, normaliseLanguage(item), `${path}[${i}]`, problems);
    if (r.ok && !out.includes(r.value)) out.push(r.value);
  });
  // Keep a stable order whatever the file says.
  return minorityLanguages.filter((l) => out.includes(l));
}

function parseAppendix(
  value: unknown,
  path: string,
  problems: ConfigProblem[],
  base: OrgConfig['appendix'],
): OrgConfig['appendix'] | null {
  if (!isRecord(value)) {
    problems.push(problem(path, 'expectedObject'));
    return null;
  }
  reportUnknown(value, ['labelFormat', 'footer', 'template'], path, problems);
  const result: OrgConfig['appendix'] = { labelFormat: base.labelFormat };
  if (value.labelFormat !== undefined) {
    const r = check(labelFormatSchema, value.labelFormat, join(path, 'labelFormat'), problems);
    if (r.ok) result.labelFormat = r.value;
  }
  if (value.footer !== undefined) {
    const r = check(footerSchema, value.footer, join(path, 'footer'), problems);
    if (r.ok && r.value) result.footer = r.value;
  }
  const tpl =
    value.template === undefined
      ? null
      : check(templatePathSchema, value.template, join(path, 'template'), problems);
  if (tpl?.ok) result.template = tpl.value;
  return result;
}

const topLevelKeys = [
  'version',
  'organisation',
  'committees',
  'goals',
  'adminLanguages',
  'appendix',
  'allowLocalOverrides',
] as const;

export interface ParsedConfig {
  config: OrgConfig;
  problems: ConfigProblem[];
}

/**
 * Validate an already-parsed config.json value. Never throws. Missing fields take their
 * defaults silently; invalid fields take their defaults and are reported; unknown fields
 * are reported as warnings; a file from a newer version is read as far as possible.
 */
export function parseConfig(json: unknown): ParsedConfig {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  if (!isRecord(json)) {
    problems.push(problem('', 'notAnObject'));
    return { config, problems };
  }
  reportUnknown(json, topLevelKeys, '', problems);

  const v = json.version;
  if (v === undefined) {
    problems.push(problem('version', 'missingVersion', { version: CONFIG_VERSION }, 'warning'));
  } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    problems.push(problem('version', 'invalidVersion', { version: CONFIG_VERSION }));
  } else if (v > CONFIG_VERSION) {
    problems.push(
      problem('version', 'newerVersion', { version: v, supported: CONFIG_VERSION }, 'warning'),
    );
  }

  if (json.organisation !== undefined) {
    const org = json.organisation;
    if (!isRecord(org)) {
      problems.push(problem('organisation', 'expectedObject'));
    } else {
      reportUnknown(org, ['name', 'shortName', 'kind'], 'organisation', problems);
      if (org.name !== undefined) {
        const r = check(organisationNameSchema, org.name, 'organisation.name', problems);
        if (r.ok) config.organisation.name = r.value;
      }
      if (org.shortName !== undefined) {
        const r = check(shortNameSchema, org.shortName, 'organisation.shortName', problems);
        if (r.ok && r.value) config.organisation.shortName = r.value;
      }
      if (org.kind !== undefined) {
        const kind = typeof org.kind === 'string' ? org.kind.trim().toLowerCase() : org.kind;
        const r = check(organisationKindSchema, kind, 'organisation.kind', problems);
        if (r.ok) config.organisation.kind = r.value;
      }
    }
  }

  if (json.committees !== undefined) {
    config.committees = parseCommittees(json.committees, 'committees', problems) ?? [];
  }
  if (json.goals !== undefined) {
    config.goals = parseGoals(json.goals, 'goals', problems) ?? [];
  }
  if (json.adminLanguages !== undefined) {
    config.adminLanguages = parseLanguages(json.adminLanguages, 'adminLanguages', problems) ?? [];
  }
  if (json.appendix !== undefined) {
    config.appendix =
      parseAppendix(json.appendix, 'appendix', problems, config.appendix) ?? config.appendix;
  }
  if (json.allowLocalOverrides !== undefined) {
    const r = check(z.boolean(), json.allowLocalOverrides, 'allowLocalOverrides', problems);
    if (r.ok) config.allowLocalOverrides = r.value;
  }
  return { config, problems };
}

/**
 * Validate stored local overrides with the same field rules. Invalid fields are dropped
 * (the deployed value then applies); never throws.
 */
export function parseOverrides(json: unknown): LocalOverrides | null {
  if (!isRecord(json)) return null;
  const ignored: ConfigProblem[] = [];
  const out: LocalOverrides = {};
  if (json.committees !== undefined) {
    const c = parseCommittees(json.committees, 'committees', ignored);
    if (c) out.committees = c;
  }
  if (json.goals !== undefined) {
    const g = parseGoals(json.goals, 'goals', ignored);
    if (g) out.goals = g;
  }
  if (json.adminLanguages !== undefined) {
    const l = parseLanguages(json.adminLanguages, 'adminLanguages', ignored);
    if (l) out.adminLanguages = l;
  }
  if (json.appendix !== undefined) {
    const before = ignored.length;
    const a = parseAppendix(json.appendix, 'appendix', ignored, defaultConfig().appendix);
    // A stored label format that is invalid must not silently become the default.
    if (a && ignored.length === before) out.appendix = withTemplateOf(undefined, a);
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * The settings in force on this computer: each overridden field replaces the deployed one.
 * When the deployment does not allow local overrides they are ignored (but kept in storage).
 */
export function mergeOverrides(deployed: OrgConfig, local: LocalOverrides | null): OrgConfig {
  if (!local || !deployed.allowLocalOverrides) return deployed;
  return {
    ...deployed,
    committees: local.committees ? [...local.committees] : deployed.committees,
    goals: local.goals ? local.goals.map((g) => ({ ...g })) : deployed.goals,
    adminLanguages: local.adminLanguages ? [...local.adminLanguages] : deployed.adminLanguages,
    // The Word template is the deployment's alone.
    appendix: local.appendix
      ? withTemplateOf(deployed.appendix.template, local.appendix)
      : deployed.appendix,
  };
}

/**
 * The overrides that turn `deployed` into `wanted`: only fields that differ are kept, so a
 * later change to the deployed config still reaches users who did not touch that field.
 */
export function diffOverrides(deployed: OrgConfig, wanted: LocalOverrides): LocalOverrides | null {
  const out: LocalOverrides = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (wanted.committees && !same(wanted.committees, deployed.committees)) {
    out.committees = wanted.committees;
  }
  if (wanted.goals && !same(wanted.goals, deployed.goals)) out.goals = wanted.goals;
  if (wanted.adminLanguages && !same(wanted.adminLanguages, deployed.adminLanguages)) {
    out.adminLanguages = wanted.adminLanguages;
  }
  if (wanted.appendix) {
    const norm = (a: OrgConfig['appendix']) => ({
      labelFormat: a.labelFormat,
      footer: a.footer || undefined,
    });
    if (!same(norm(wanted.appendix), norm(deployed.appendix))) {
      out.appendix = wanted.appendix.footer
        ? { labelFormat: wanted.appendix.labelFormat, footer: wanted.appendix.footer }
        : { labelFormat: wanted.appendix.labelFormat };
    }
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function ruleContextFrom(config: OrgConfig): RuleContext {
  return {
    adminLanguages: config.adminLanguages,
    orgGoals: config.goals,
    ...(config.organisation.kind ? { orgKind: config.organisation.kind } : {}),
  };
}

/** "Bilaga {n}" + 3 → "Bilaga 3". Every occurrence of the placeholder is replaced. */
export function formatAppendixLabel(labelFormat: string, n: string | number): string {
  return labelFormat.split(LABEL_PLACEHOLDER).join(String(n));
}
