/**
 * End to end: the deployed config.json. The built app is served with a modified,
 * an invalid and a missing config.json (page.route), as an administrator would deploy it;
 * the officer sees the organisation's name, committees and own goal, and the exported
 * appendix carries them. A broken file is explained to the administrator on the settings
 * page while the app keeps running; a missing one means the defaults.
 *
 * Service workers are blocked here: page.route does not see requests a worker answers,
 * and this file is about the config, not about offline use.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';

test.use({ serviceWorkers: 'block' });

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const sv = (ns: string) =>
  JSON.parse(readFileSync(`${ROOT}locales/sv/${ns}.json`, 'utf8')) as unknown;
const settingsSv = sv('settings') as { problems: Record<string, string>; title: string };
const checklistSv = sv('checklist') as {
  goals: Record<string, string>;
  page: { notShown: { title: string } };
};

const ORG = 'Testkommunen';
const GOAL = 'Alla barn ska ha en trygg skolväg';
const COMMITTEES = ['Barn- och utbildningsnämnden', 'Tekniska nämnden', 'Kommunstyrelsen'];

const modifiedConfig = {
  version: 1,
  organisation: { name: ORG, shortName: 'TK' },
  committees: COMMITTEES,
  goals: [{ id: 'trygg-skolvag', sv: GOAL, en: 'Every child has a safe way to school' }],
  adminLanguages: ['finska'],
  appendix: { labelFormat: 'Bilaga {n}', footer: 'Testkommunen, 123 45 Teststad' },
  allowLocalOverrides: true,
};

async function serveConfig(page: Page, body: string | null) {
  await page.route('**/config.json', (route) =>
    body === null
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
      : route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

async function newCase(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click();
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#\/case\//, ''));
}

async function goHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

test('a modified config.json: name, committees and own goal in the app and in the appendix', async ({
  page,
}, testInfo) => {
  await serveConfig(page, JSON.stringify(modifiedConfig));
  await page.goto('./');
  await expect(page.getByRole('banner')).toContainText(ORG);

  const id = await newCase(page);
  const caseHash = `#/case/${encodeURIComponent(id)}`;

  // Part A: the committees are suggestions, free text is still possible.
  await goHash(page, `${caseHash}/page/a-committee`);
  const committee = page.getByRole('combobox', {
    name: 'Vilken nämnd eller styrelse fattar beslutet?',
  });
  await expect(committee).toBeVisible();
  const listId = await committee.getAttribute('list');
  expect(listId).toBeTruthy();
  await expect(page.locator(`datalist[id="${listId}"] option`)).toHaveCount(COMMITTEES.length);
  expect(
    await page
      .locator(`datalist[id="${listId}"] option`)
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
  ).toEqual(COMMITTEES);
  await committee.fill(COMMITTEES[0] ?? '');

  // The administrative-area language turns on the question about the extra rights.
  await goHash(page, `${caseHash}/page/d-admin`);
  await expect(
    page.getByRole('group', { name: 'Påverkar ärendet rättigheterna i förvaltningsområdet?' }),
  ).toBeVisible();

  // Step 5: the own goal beside the six national sub-goals; choose it.
  await goHash(page, `${caseHash}/page/b5-goals`);
  await expect(page.getByRole('heading', { name: checklistSv.goals.national })).toBeVisible();
  await expect(page.getByRole('heading', { name: checklistSv.goals.own })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(7);
  const own = page.getByRole('checkbox', { name: GOAL });
  await own.check();
  await expect(own).toBeChecked();

  // The preview and the exported .docx carry the organisation and the goal.
  await goHash(page, `${caseHash}/preview`);
  const preview = page.getByRole('article', { name: 'Förhandsgranskning av bilagan' });
  await expect(preview).toContainText(ORG);
  await expect(preview).toContainText(GOAL);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner bilagan (Word)' }).click(),
  ]);
  const path = testInfo.outputPath('bilaga-config.docx');
  await download.saveAs(path);
  const zip = await JSZip.loadAsync(await readFile(path));
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(documentXml.includes(ORG), 'the appendix names the organisation').toBe(true);
  expect(documentXml.includes(GOAL), 'the appendix has the own goal').toBe(true);
  expect(documentXml.includes(COMMITTEES[0] ?? '-'), 'the appendix has the committee').toBe(true);
});

test('an invalid config.json shows the administrator message and the app still runs', async ({
  page,
}) => {
  const invalid = {
    ...modifiedConfig,
    appendix: { labelFormat: 'Bilaga utan nummer' },
  };
  await serveConfig(page, JSON.stringify(invalid));
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: settingsSv.title })).toBeVisible();
  const message = page.getByRole('region', { name: settingsSv.problems.heading });
  await expect(message).toBeVisible();
  await expect(message).toContainText('appendix.labelFormat');
  await expect(message).toContainText('Beteckningen måste innehålla {n}');

  // The valid fields are kept and the app works: a case can be made and its goals chosen.
  await expect(page.getByRole('banner')).toContainText(ORG);
  await goHash(page, '#/');
  const id = await newCase(page);
  await goHash(page, `#/case/${encodeURIComponent(id)}/page/b5-goals`);
  await expect(page.getByRole('checkbox', { name: GOAL })).toBeVisible();
});

test('a config.json that is not JSON at all is reported and the defaults are used', async ({
  page,
}) => {
  await serveConfig(page, '{ "organisation": { "name": "Trasig" ');
  await page.goto('./#/settings');
  const message = page.getByRole('region', { name: settingsSv.problems.heading });
  await expect(message).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('Trasig');
});

test('a missing config.json (404) runs on the defaults without any message', async ({ page }) => {
  await serveConfig(page, null);
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: settingsSv.title })).toBeVisible();
  await expect(page.getByRole('region', { name: settingsSv.problems.heading })).toHaveCount(0);
  // The organisation line keeps its place (the header never changes height) but is empty.
  await expect(page.locator('.app-header__org')).toHaveText('');

  await goHash(page, '#/');
  const id = await newCase(page);
  await goHash(page, `#/case/${encodeURIComponent(id)}/page/b5-goals`);
  await expect(page.getByRole('heading', { name: checklistSv.goals.national })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(6);
  await expect(page.getByRole('heading', { name: checklistSv.goals.own })).toHaveCount(0);
  // No administrative-area language: the extra rights are not asked.
  await goHash(page, `#/case/${encodeURIComponent(id)}/page/d-admin`);
  await expect(
    page.getByRole('heading', { level: 1, name: checklistSv.page.notShown.title }),
  ).toBeVisible();
  // No committees: a plain text field without suggestions.
  await goHash(page, `#/case/${encodeURIComponent(id)}/page/a-committee`);
  const committee = page.getByRole('textbox', {
    name: 'Vilken nämnd eller styrelse fattar beslutet?',
  });
  await expect(committee).toBeVisible();
  await expect(committee).not.toHaveAttribute('list', /.+/);
});
