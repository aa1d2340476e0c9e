import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  defaultConfig,
  diffOverrides,
  formatAppendixLabel,
  mergeOverrides,
  orgConfigSchema,
  parseConfig,
  parseOverrides,
  ruleContextFrom,
} from '../../src/config/config-schema';
import type { ConfigProblem, OrgConfig } from '../../src/config/config-schema';
import { loadConfig, parseConfigText } from '../../src/config/load-config';
import {
  OVERRIDES_KEY,
  readOverrides,
  resetOverrideMemory,
  writeOverrides,
} from '../../src/storage/override-storage';

const sv = JSON.parse(readFileSync('locales/sv/settings.json', 'utf8')) as Record<string, unknown>;
const en = JSON.parse(readFileSync('locales/en/settings.json', 'utf8')) as Record<string, unknown>;

function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    return typeof node === 'object' && node !== null
      ? (node as Record<string, unknown>)[part]
      : undefined;
  }, tree);
}

const valid = {
  version: 1,
  organisation: { name: 'Region Test', shortName: 'RT' },
  committees: ['Regionstyrelsen', 'Hälso- och sjukvårdsnämnden'],
  goals: [
    { id: 'goal-1', sv: 'Ett jämställt beslutsfattande.', en: 'Gender-equal decision-making.' },
    { id: 'goal_2', sv: 'En jämlik region.' },
  ],
  adminLanguages: ['samiska', 'finska'],
  appendix: { labelFormat: 'Bilaga {n}', footer: 'Region Test' },
  allowLocalOverrides: false,
};

function withField(field: string, value: unknown): Record<string, unknown> {
  return { ...valid, [field]: value };
}

function only(problems: ConfigProblem[]) {
  return problems.map((p) => ({
    path: p.path,
    key: p.messageKey.replace('settings:problems.', ''),
  }));
}

function response(body: string, init: { status?: number; type?: string } = {}): Response {
  return new Response(body, {
    status: init.status ?? 200,
    headers: { 'content-type': init.type ?? 'application/json' },
  });
}

describe('parseConfig with a valid file', () => {
  it('reads every field and reports no problem', () => {
    const { config, problems } = parseConfig(valid);
    expect(problems).toEqual([]);
    expect(config).toEqual({ ...valid, adminLanguages: ['finska', 'samiska'] });
  });

  it('accepts the example public/config.json without any problem', () => {
    const { config, problems } = parseConfig(
      JSON.parse(readFileSync('public/config.json', 'utf8')),
    );
    expect(problems).toEqual([]);
    expect(config.organisation.name).toBe('Region Jämtland Härjedalen');
    expect(config.adminLanguages).toEqual(['samiska']);
    expect(config.goals.map((g) => g.sv)).toContain(
      'Ett jämställdhetsperspektiv ska införlivas i allt beslutsfattande.',
    );
    expect(orgConfigSchema.safeParse(config).success).toBe(true);
  });

  it('fills missing fields with defaults silently', () => {
    const { config, problems } = parseConfig({ version: 1, committees: ['Kommunstyrelsen'] });
    expect(problems).toEqual([]);
    expect(config).toEqual({ ...defaultConfig(), committees: ['Kommunstyrelsen'] });
  });

  it('gives defaults with no organisation name, no lists, "Bilaga {n}" and overrides allowed', () => {
    expect(defaultConfig()).toEqual({
      version: 1,
      organisation: { name: '' },
      committees: [],
      goals: [],
      adminLanguages: [],
      appendix: { labelFormat: 'Bilaga {n}' },
      allowLocalOverrides: true,
    });
  });

  it('accepts "meänkieli" written with its diacritic and in any case', () => {
    const { config, problems } = parseConfig(withField('adminLanguages', ['Meänkieli']));
    expect(problems).toEqual([]);
    expect(config.adminLanguages).toEqual(['meankieli']);
  });

  it('strips characters that are illegal in XML and trims text', () => {
    const { config } = parseConfig(withField('committees', ['  Region\u0007styrelsen\uFFFF ']));
    expect(config.committees).toEqual(['Regionstyrelsen']);
  });

  it('ignores comment fields starting with _ and a $schema field', () => {
    const { problems } = parseConfig({ ...valid, _comment: 'Set up by IT', $schema: './x.json' });
    expect(problems).toEqual([]);
  });
});

describe('parseConfig with invalid fields', () => {
  it('reports a file that is not an object and uses the defaults', () => {
    const { config, problems } = parseConfig(['Regionstyrelsen']);
    expect(config).toEqual(defaultConfig());
    expect(only(problems)).toEqual([{ path: '', key: 'notAnObject' }]);
  });

  it('keeps the valid fields when the organisation name is not text', () => {
    const { config, problems } = parseConfig({ ...valid, organisation: { name: 42 } });
    expect(only(problems)).toEqual([{ path: 'organisation.name', key: 'expectedText' }]);
    expect(config.organisation.name).toBe('');
    expect(config.committees).toEqual(valid.committees);
    expect(config.goals).toHaveLength(2);
  });

  it('reports an organisation that is not an object', () => {
    const { problems } = parseConfig(withField('organisation', 'Region Test'));
    expect(only(problems)).toEqual([{ path: 'organisation', key: 'expectedObject' }]);
  });

  it('reports a short name that is too long with the limit', () => {
    const { config, problems } = parseConfig({
      ...valid,
      organisation: { name: 'Region Test', shortName: 'x'.repeat(61) },
    });
    expect(problems[0]).toMatchObject({
      path: 'organisation.shortName',
      messageKey: 'settings:problems.tooLong',
      params: { max: 60 },
      severity: 'error',
    });
    expect(config.organisation).toEqual({ name: 'Region Test' });
  });

  it('falls back to no committees when committees is not a list', () => {
    const { config, problems } = parseConfig(withField('committees', 'Regionstyrelsen'));
    expect(config.committees).toEqual([]);
    expect(only(problems)).toEqual([{ path: 'committees', key: 'expectedList' }]);
  });

  it('drops an empty or non-text committee and keeps the others', () => {
    const { config, problems } = parseConfig(withField('committees', ['A', '  ', 7, 'B']));
    expect(config.committees).toEqual(['A', 'B']);
    expect(only(problems)).toEqual([
      { path: 'committees[1]', key: 'empty' },
      { path: 'committees[2]', key: 'expectedText' },
    ]);
  });

  it('warns about a committee listed twice and keeps one', () => {
    const { config, problems } = parseConfig(withField('committees', ['Nämnd A', 'nämnd a']));
    expect(config.committees).toEqual(['Nämnd A']);
    expect(problems[0]).toMatchObject({ path: 'committees[1]', severity: 'warning' });
  });

  it('drops a goal whose id has unsafe characters and keeps the other goals', () => {
    const goals = [{ id: 'mål 1', sv: 'Text' }, valid.goals[1]];
    const { config, problems } = parseConfig(withField('goals', goals));
    expect(config.goals).toEqual([valid.goals[1]]);
    expect(only(problems)).toEqual([{ path: 'goals[0].id', key: 'invalidGoalId' }]);
  });

  it('drops a goal without Swedish text', () => {
    const { config, problems } = parseConfig(withField('goals', [{ id: 'a', en: 'Text' }]));
    expect(config.goals).toEqual([]);
    expect(only(problems)).toEqual([{ path: 'goals[0].sv', key: 'expectedText' }]);
  });

  it('drops the second goal with the same id and names the id', () => {
    const goals = [
      { id: 'a', sv: 'Första' },
      { id: 'a', sv: 'Andra' },
    ];
    const { config, problems } = parseConfig(withField('goals', goals));
    expect(config.goals).toEqual([{ id: 'a', sv: 'Första' }]);
    expect(problems[0]).toMatchObject({
      path: 'goals[1].id',
      messageKey: 'settings:problems.duplicateGoalId',
      params: { id: 'a' },
    });
  });

  it('keeps a goal whose English text is invalid, without the translation', () => {
    const { config, problems } = parseConfig(withField('goals', [{ id: 'a', sv: 'Mål', en: 5 }]));
    expect(config.goals).toEqual([{ id: 'a', sv: 'Mål' }]);
    expect(only(problems)).toEqual([{ path: 'goals[0].en', key: 'expectedText' }]);
  });

  it('reports a goal that is not an object', () => {
    const { problems } = parseConfig(withField('goals', ['Ett mål']));
    expect(only(problems)).toEqual([{ path: 'goals[0]', key: 'expectedObject' }]);
  });

  it('reports an unknown administrative-area language with the allowed values', () => {
    const { config, problems } = parseConfig(withField('adminLanguages', ['samiska', 'tyska']));
    expect(config.adminLanguages).toEqual(['samiska']);
    expect(problems[0]).toMatchObject({
      path: 'adminLanguages[1]',
      messageKey: 'settings:problems.unknownLanguage',
      params: { value: 'tyska', allowed: 'finska, meankieli, samiska' },
    });
  });

  it('keeps the default label when the label format has no {n}', () => {
    const { config, problems } = parseConfig(
      withField('appendix', { labelFormat: 'Bilaga', footer: 'Fot' }),
    );
    expect(config.appendix).toEqual({ labelFormat: 'Bilaga {n}', footer: 'Fot' });
    expect(only(problems)).toEqual([
      { path: 'appendix.labelFormat', key: 'labelMissingPlaceholder' },
    ]);
  });

  it('drops a footer that is too long', () => {
    const { config, problems } = parseConfig(
      withField('appendix', { labelFormat: 'Bilaga {n}', footer: 'x'.repeat(501) }),
    );
    expect(config.appendix).toEqual({ labelFormat: 'Bilaga {n}' });
    expect(problems[0]).toMatchObject({ path: 'appendix.footer', params: { max: 500 } });
  });

  it('keeps overrides allowed when allowLocalOverrides is not true or false', () => {
    const { config, problems } = parseConfig(withField('allowLocalOverrides', 'no'));
    expect(config.allowLocalOverrides).toBe(true);
    expect(only(problems)).toEqual([{ path: 'allowLocalOverrides', key: 'expectedBoolean' }]);
  });
});

describe('the organisation kind (kommun or region)', () => {
  it('reads "kommun" or "region" in any case and passes it to the rules', () => {
    const region = parseConfig({ ...valid, organisation: { name: 'Region Test', kind: 'Region' } });
    expect(region.problems).toEqual([]);
    expect(region.config.organisation.kind).toBe('region');
    expect(ruleContextFrom(region.config).orgKind).toBe('region');
    const kommun = parseConfig({ ...valid, organisation: { name: 'Krokom', kind: 'kommun' } });
    expect(ruleContextFrom(kommun.config).orgKind).toBe('kommun');
  });

  it('leaves the kind unset by default, and the shipped config is a region', () => {
    expect(ruleContextFrom(defaultConfig()).orgKind).toBeUndefined();
    const shipped = parseConfig(JSON.parse(readFileSync('public/config.json', 'utf8')));
    expect(shipped.config.organisation.kind).toBe('region');
  });

  it('reports an unknown kind with the allowed values and keeps the other organisation fields', () => {
    const { config, problems } = parseConfig({
      ...valid,
      organisation: { name: 'Region Test', kind: 'landsting' },
    });
    expect(config.organisation).toEqual({ name: 'Region Test' });
    expect(problems).toEqual([
      {
        path: 'organisation.kind',
        messageKey: 'settings:problems.unknownOrganisationKind',
        params: { value: 'landsting', allowed: 'kommun, region' },
        severity: 'error',
      },
    ]);
    expect(lookup(sv, 'problems.unknownOrganisationKind')).toEqual(expect.any(String));
    expect(lookup(en, 'problems.unknownOrganisationKind')).toEqual(expect.any(String));
  });
});

describe('parseConfig versions and unknown fields', () => {
  it('warns when the version is missing and reads the file as version 1', () => {
    const rest: Record<string, unknown> = { ...valid };
    delete rest.version;
    const { config, problems } = parseConfig(rest);
    expect(config.committees).toEqual(valid.committees);
    expect(problems).toEqual([
      {
        path: 'version',
        messageKey: 'settings:problems.missingVersion',
        params: { version: 1 },
        severity: 'warning',
      },
    ]);
  });

  it('reports a version that is not a whole number', () => {
    expect(only(parseConfig(withField('version', '1')).problems)).toEqual([
      { path: 'version', key: 'invalidVersion' },
    ]);
  });

  it('reports a file from a newer version and still reads what it can', () => {
    const { config, problems } = parseConfig({ ...valid, version: 2, theme: 'dark' });
    expect(config.organisation.name).toBe('Region Test');
    expect(problems).toContainEqual({
      path: 'version',
      messageKey: 'settings:problems.newerVersion',
      params: { version: 2, supported: 1 },
      severity: 'warning',
    });
  });

  it('warns about unknown fields at every level without losing the known ones', () => {
    const { config, problems } = parseConfig({
      ...valid,
      colour: 'blue',
      organisation: { name: 'Region Test', logo: 'x.png' },
      goals: [{ id: 'a', sv: 'Mål', text: 'x' }],
      appendix: { labelFormat: 'Bilaga {n}', fotter: 'typo' },
    });
    expect(config.goals).toEqual([{ id: 'a', sv: 'Mål' }]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.path)).toEqual([
      'colour',
      'organisation.logo',
      'goals[0].text',
      'appendix.fotter',
    ]);
    expect(problems[3]?.params).toEqual({ field: 'fotter' });
  });

  it('uses only message keys that exist in both the Swedish and the English locale', () => {
    const bad = [
      parseConfig(null),
      parseConfig({
        version: 9,
        x: 1,
        organisation: { name: 1, shortName: 'y'.repeat(99) },
        committees: ['', 1, 'a', 'a', ...Array<string>(600).fill('z')],
        goals: [1, { id: '-', sv: '' }, { id: 'a', sv: 'b' }, { id: 'a', sv: 'c', en: 2 }],
        adminLanguages: ['x', 3],
        appendix: { labelFormat: '', footer: 1 },
        allowLocalOverrides: 1,
      }),
      parseConfig({ version: 0, organisation: [], goals: {}, adminLanguages: 1, appendix: 1 }),
      parseConfigText('{ nope'),
    ];
    const keys = new Set(bad.flatMap((r) => r.problems.map((p) => p.messageKey)));
    expect(keys.size).toBeGreaterThan(15);
    for (const key of keys) {
      const path = key.replace('settings:', '');
      expect(lookup(sv, path), key).toEqual(expect.any(String));
      expect(lookup(en, path), key).toEqual(expect.any(String));
    }
  });
});

describe('loadConfig', () => {
  it('fetches ./config.json without using a stale cache', async () => {
    const fetchMock = vi.fn(async () => response(JSON.stringify(valid)));
    const loaded = await loadConfig(fetchMock);
    expect(fetchMock).toHaveBeenCalledWith(
      './config.json',
      expect.objectContaining({ cache: 'no-cache' }),
    );
    expect(loaded.found).toBe(true);
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.organisation.name).toBe('Region Test');
  });

  it('uses the defaults silently when the file is missing', async () => {
    const loaded = await loadConfig(async () => response('Not found', { status: 404 }));
    expect(loaded).toEqual({ config: defaultConfig(), problems: [], found: false });
  });

  it('uses the defaults silently when the network fails', async () => {
    const loaded = await loadConfig(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(loaded).toEqual({ config: defaultConfig(), problems: [], found: false });
  });

  it('treats an index.html fallback page as a missing file', async () => {
    const loaded = await loadConfig(async () =>
      response('<!doctype html><html></html>', { type: 'text/html' }),
    );
    expect(loaded.problems).toEqual([]);
    expect(loaded.found).toBe(false);
  });

  it('reports a file that is not JSON with its line and column', async () => {
    const loaded = await loadConfig(async () => response('{\n  "version": 1,\n}'));
    expect(loaded.config).toEqual(defaultConfig());
    expect(loaded.problems).toEqual([
      {
        path: '',
        messageKey: 'settings:problems.notJsonAt',
        params: { line: 3, column: 1 },
        severity: 'error',
      },
    ]);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseConfigText('\uFEFF' + JSON.stringify(valid)).problems).toEqual([]);
  });

  it('reports a server error other than 404', async () => {
    const loaded = await loadConfig(async () => response('', { status: 500 }));
    expect(only(loaded.problems)).toEqual([{ path: '', key: 'httpError' }]);
    expect(loaded.config).toEqual(defaultConfig());
  });
});

describe('local overrides', () => {
  const deployed: OrgConfig = parseConfig({ ...valid, allowLocalOverrides: true }).config;

  it('replaces each overridden field and keeps the others', () => {
    const merged = mergeOverrides(deployed, {
      committees: ['Min nämnd'],
      appendix: { labelFormat: 'Appendix {n}' },
    });
    expect(merged.committees).toEqual(['Min nämnd']);
    expect(merged.appendix).toEqual({ labelFormat: 'Appendix {n}' });
    expect(merged.goals).toEqual(deployed.goals);
    expect(merged.organisation).toEqual(deployed.organisation);
  });

  it('ignores overrides when the deployment does not allow them', () => {
    const locked = { ...deployed, allowLocalOverrides: false };
    expect(mergeOverrides(locked, { committees: ['Min nämnd'] })).toEqual(locked);
  });

  it('returns the deployed settings when there are no overrides', () => {
    expect(mergeOverrides(deployed, null)).toBe(deployed);
  });

  it('keeps only the fields that differ from the deployed settings', () => {
    const diff = diffOverrides(deployed, {
      committees: [...deployed.committees, 'Ny nämnd'],
      goals: deployed.goals,
      adminLanguages: deployed.adminLanguages,
      appendix: { labelFormat: 'Bilaga {n}', footer: 'Region Test' },
    });
    expect(diff).toEqual({ committees: [...deployed.committees, 'Ny nämnd'] });
    expect(diffOverrides(deployed, { goals: deployed.goals })).toBeNull();
  });

  it('drops invalid stored fields and keeps the valid ones', () => {
    expect(
      parseOverrides({
        committees: ['A', ''],
        goals: 'x',
        appendix: { labelFormat: 'no placeholder' },
        adminLanguages: ['finska'],
      }),
    ).toEqual({ committees: ['A'], adminLanguages: ['finska'] });
    expect(parseOverrides('garbage')).toBeNull();
  });

  it('gives the rules the effective administrative languages and goals', () => {
    expect(ruleContextFrom(deployed)).toEqual({
      adminLanguages: ['finska', 'samiska'],
      orgGoals: deployed.goals,
    });
  });
});

describe('override storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    resetOverrideMemory();
  });

  it('saves overrides in localStorage under ulk:settings:overrides and reads them back', () => {
    expect(writeOverrides({ committees: ['Min nämnd'] })).toBe(true);
    expect(JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '')).toEqual({
      version: 1,
      overrides: { committees: ['Min nämnd'] },
    });
    expect(readOverrides()).toEqual({ committees: ['Min nämnd'] });
    writeOverrides(null);
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
  });

  it('keeps overrides for the session when storage is disabled', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(writeOverrides({ committees: ['Min nämnd'] })).toBe(false);
    expect(readOverrides()).toEqual({ committees: ['Min nämnd'] });
  });

  it('ignores stored data that is corrupt or from a newer version', () => {
    localStorage.setItem(OVERRIDES_KEY, '{not json');
    expect(readOverrides()).toBeNull();
    localStorage.setItem(OVERRIDES_KEY, JSON.stringify({ version: 2, overrides: { goals: [] } }));
    expect(readOverrides()).toBeNull();
  });
});

describe('helpers', () => {
  it('puts the appendix number in place of every {n}', () => {
    expect(formatAppendixLabel('Bilaga {n}', 3)).toBe('Bilaga 3');
    expect(formatAppendixLabel('{n} / Bilaga {n}', 'A')).toBe('A / Bilaga A');
  });
});
