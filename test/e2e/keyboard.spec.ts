/**
 * End to end in Chromium: a keyboard-only journey, no mouse at all. New case →
 * every part → statistics pasted from a spreadsheet → check your answers → preview → export →
 * the Word file downloads. After every key press sequence the focus is somewhere (never lost
 * to the page body) and visibly marked.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expectVisibleFocus as expectFocusNow, KeyboardUser } from './helpers/journey';

/**
 * The focus is visible and not lost once the page has settled: after Enter on a link the old
 * page is replaced and the app moves the focus to the new heading in the next frames, so the
 * check is retried for a short while (a focus left on the body fails it).
 */
async function expectVisibleFocus(page: Page): Promise<void> {
  await expect(async () => expectFocusNow(page)).toPass({ timeout: 3_000, intervals: [50, 100] });
}

/** FaR nivå 1 per municipality, split by sex, as copied from Excel (Swedish decimal commas). */
const farTsv = [
  'Kommun\tKvinnor\tMän',
  'Alingsås\t150\t90',
  'Borås\t1 204\t796',
  'Vårgårda\t45,0\t27,0',
].join('\n');

test('a whole case by keyboard alone, statistics pasted, ends in a downloaded Word appendix with the focus always visible', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const user = new KeyboardUser(page, { afterKeys: expectVisibleFocus });

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  // The first Tab lands on the skip link, which is shown when focused.
  await user.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
  await user.activate(page.getByRole('button', { name: 'Nytt ärende' }).first());
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);

  const toTasks = async () => {
    await expect(
      page.getByRole('heading', { level: 1, name: 'Kontrollera dina svar' }),
    ).toBeVisible();
    await user.followLink('Till uppgiftslistan');
  };
  const openSection = (name: string) => user.followLink(name, page.locator('.task-list'));

  // Part A
  await openSection('Ärendet');
  await user.fill('Vad heter ärendet?', 'FaR i Sjuhärad');
  await user.continue();
  await user.fill('Vilket beslut föreslås?', 'FaR erbjuds i alla kommuner.');
  await user.continue();
  await user.fill('Vilken nämnd eller styrelse fattar beslutet?', 'Hälso- och sjukvårdsnämnden');
  await user.fill('Vem är handläggare?', 'Karin Lind');
  await user.continue();
  await user.fillDate('Vilket datum har underlaget?', '2026-03-15');
  await user.continue();
  await toTasks();

  // Part B, step 1
  await openSection('Steg 1: Berör ärendet kvinnor och män, flickor och pojkar?');
  await user.answerRadio('Berör ärendet kvinnor och män, flickor och pojkar?', 'Ja');
  await user.continue();
  await user.check('Invånare');
  await user.continue();
  await toTasks();

  // Step 2: the statistics arrive by paste.
  await openSection('Steg 2: Könsuppdelad statistik');
  await user.answerRadio(
    'Är all individbaserad statistik i underlaget uppdelad på kön?',
    'Ja, all individbaserad statistik är uppdelad på kön',
  );
  await user.continue();
  await user.activate(page.getByRole('button', { name: 'Lägg till en tabell' }));
  await expect(page.getByLabel('Indikator (vad som mäts)')).toBeFocused();
  await user.type('Deltagare i FaR nivå 1');
  const pasteBox = page.getByLabel('Klistra in från Excel');
  await user.tabTo(pasteBox);
  // Tabs cannot be typed into a textarea by keyboard (Tab moves on): insert the block as a paste does.
  await page.keyboard.insertText(farTsv);
  await expectVisibleFocus(page);
  await user.activate(page.getByRole('button', { name: 'Lägg till i tabellen' }));
  const notice = page.locator('.stat-notice');
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('3 rader inklistrade.');
  await expect(page.getByRole('textbox', { name: 'Kvinnor, Borås' })).toHaveValue('1 204');
  await expect(page.getByRole('textbox', { name: 'Män, Vårgårda' })).toHaveValue('27,0');
  await expect(
    page.locator('.stat-grid tbody tr').filter({ has: page.locator('input[value="Alingsås"]') }),
  ).toContainText(/62,5\s%/);
  await expect(page.getByRole('img', { name: 'Deltagare i FaR nivå 1' })).toBeVisible();
  await user.continue();
  await user.fill('Vilka skillnader och likheter visar statistiken?', 'Kvinnor är fler.');
  await user.continue();
  await toTasks();

  // Step 3
  await openSection('Steg 3: Konsekvenser för kvinnor och män, flickor och pojkar');
  await user.fill('Vilka konsekvenser får beslutet för kvinnor?', 'Fler når FaR.');
  await user.fill('Vilka konsekvenser får beslutet för män?', 'Färre når FaR.');
  await user.continue();
  await user.continue();
  await user.answerRadio('Hur påverkas kvinnor sammantaget?', 'Positivt');
  await user.answerRadio('Hur påverkas män sammantaget?', 'Både positivt och negativt');
  await user.continue();
  await user.check('Hälsa');
  await user.continue();
  await user.fill('Vad händer om inget beslut fattas?', 'Skillnaderna består.');
  await user.continue();
  await toTasks();

  // Step 4: unjustified differences, with a measure row added by keyboard.
  await openSection('Steg 4: Åtgärder mot osakliga skillnader');
  await user.answerRadio(
    'Finns det osakliga skillnader eller likheter mellan kvinnor och män, flickor och pojkar?',
    'Ja',
  );
  await user.continue();
  await user.fill('Vilka osakliga skillnader eller likheter finns?', 'Män remitteras mer sällan.');
  await user.continue();
  await user.activate(page.getByRole('button', { name: 'Lägg till en åtgärd' }));
  await expect(page.getByLabel('Åtgärd 1: Åtgärd')).toBeFocused();
  await user.type('Informera vårdcentralerna.');
  await user.fill('Åtgärd 1: Ansvarig', 'Folkhälsoenheten');
  // A measure counts only with all four parts: what, who, when and follow-up.
  await user.fill('Åtgärd 1: När', 'Våren 2027');
  await user.fill('Åtgärd 1: Hur åtgärden följs upp', 'Remisser per kön i årsrapporten.');
  await user.continue();
  await toTasks();

  // Step 5
  await openSection('Steg 5: Analys mot jämställdhetsmålen');
  await user.check('Jämställd hälsa');
  await user.check('En jämlik och jämställd region.');
  const goalComment = (goal: string) =>
    page.getByRole('textbox', {
      name: `Hur bidrar förslaget och åtgärderna till målet? Målet: ${goal}`,
    });
  await user.fill(goalComment('Jämställd hälsa'), 'Fler män nås.');
  await user.fill(goalComment('En jämlik och jämställd region.'), 'Samma tillgång.');
  await user.continue();
  await user.fill('Hur bidrar förslaget och åtgärderna till målen?', 'Jämlik hälsa.');
  await user.continue();
  await user.fill('Hur och när följs effekterna upp?', 'Årligen.');
  await user.continue();
  await toTasks();

  // Part C
  await openSection('Barnets rättigheter');
  await user.answerRadio('Berör ärendet barn?', 'Nej');
  await user.continue();
  await user.fill('Varför berör ärendet inte barn?', 'FaR ges till vuxna.');
  await user.continue();
  await toTasks();

  // Part D
  await openSection('Nationella minoriteter och samer');
  await user.answerRadio('Berör ärendet de nationella minoriteterna?', 'Nej');
  await user.continue();
  await user.continue(); // The reason for "Nej" is optional on the ordinary road.
  await user.answerRadio('Påverkar ärendet rättigheterna i förvaltningsområdet?', 'Nej');
  await user.continue();
  await user.answerRadio('Kan ärendet få särskild betydelse för samerna?', 'Nej');
  await user.continue();
  await toTasks();

  // Part E
  await openSection('Övriga diskrimineringsgrunder');
  await user.check('Funktionsnedsättning');
  await user.continue();
  await user.fill('Hur påverkas grupperna, och hur hanteras det?', 'Anpassade pass.');
  await user.continue();
  await toTasks();

  // Summary
  await openSection('Samlad bedömning');
  await user.fill('Vilken är din samlade bedömning?', 'Underlaget är jämställt.');
  await user.continue();
  await toTasks();

  // Check your answers → preview → export.
  await expect(page.getByText('Du har besvarat 9 av 9 delar.')).toBeVisible();
  await user.followLink('Kontrollera dina svar');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontrollera dina svar' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Bedömning av underlaget' })
      .getByText('Underlaget ger förutsättningar för ett jämställt beslut'),
  ).toBeVisible();
  await user.followLink('Förhandsgranska och skapa bilagan');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Förhandsgranska och exportera bilagan' }),
  ).toBeVisible();
  const exportButton = page.getByRole('button', { name: 'Ladda ner bilagan (Word)' });
  await user.tabTo(exportButton);
  const [download] = await Promise.all([page.waitForEvent('download'), user.press('Enter')]);
  await expect(page.getByRole('status').filter({ hasText: 'Bilagan är nedladdad' })).toBeVisible();
  await expectVisibleFocus(page);

  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = testInfo.outputPath('bilaga-keyboard.docx');
  await download.saveAs(path);
  const bytes = await readFile(path);
  // A .docx is a zip ("PK") holding word/document.xml.
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  expect(documentXml, 'word/document.xml').toBeDefined();
  expect(documentXml).toContain('FaR i Sjuhärad');
  expect(documentXml).toContain('Deltagare i FaR nivå 1');
  expect(documentXml).toContain('Informera vårdcentralerna.');
});
