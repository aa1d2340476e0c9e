/**
 * End to end: what the app fills in for the officer.
 * - Her name, set once in Settings (kept only in this browser), is the "Handläggare" of a new
 *   case, and today's date (local time) is the paper's date; both can be changed per case.
 * - On "Vad visar statistiken?" the computed sentences of the tables can be added with one
 *   button, after what she has typed.
 * - In step 5 each chosen goal has its own comment field; the step is met only when each has one.
 * axe finds no violations on the settings page or the step-5 page.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

const NAME = 'Ditt namn (sparas bara i den här webbläsaren)';
const COMMENT = 'Hur bidrar förslaget och åtgärderna till målet? Målet: ';

async function goHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** Today in the browser's own time zone, as the date field holds it. */
const todayInBrowser = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

test('the name from Settings and today are filled in, the sentences and the goal comments are offered', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await expectNoAxeViolations(page);
  const personal = page.getByRole('region', { name: 'Dina personliga inställningar' });
  await personal.getByRole('textbox', { name: NAME }).fill('Anna Andersson');
  await personal.getByRole('button', { name: 'Spara namnet' }).click();
  await expect(personal.getByRole('status')).toHaveText(
    'Ditt namn är sparat i den här webbläsaren.',
  );
  await expectNoAxeViolations(page);

  // A new case: the officer and the date of the paper are there already.
  await page.goto('./');
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click();
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);
  const caseHash = new URL(page.url()).hash;
  await goHash(page, `${caseHash}/page/a-committee`);
  await expect(page.getByRole('textbox', { name: 'Vem är handläggare?' })).toHaveValue(
    'Anna Andersson',
  );
  // Changed for this case only.
  await page.getByRole('textbox', { name: 'Vem är handläggare?' }).fill('Anna Andersson, vik.');
  await goHash(page, `${caseHash}/page/a-dates`);
  await expect(page.getByLabel('Vilket datum har underlaget?', { exact: true })).toHaveValue(
    await todayInBrowser(page),
  );
  await expect(page.getByLabel('När sammanträder nämnden?', { exact: true })).toHaveValue('');

  // Step 1 yes, step 2 with one table.
  await goHash(page, `${caseHash}/page/b1-affects`);
  await page.getByRole('radio', { name: 'Ja', exact: true }).check();
  await goHash(page, `${caseHash}/page/b2-split`);
  await page
    .getByRole('radio', { name: 'Ja, all individbaserad statistik är uppdelad på kön' })
    .check();
  await goHash(page, `${caseHash}/page/b2-tables`);
  await page.getByRole('button', { name: 'Lägg till en tabell' }).click();
  await page.getByLabel('Indikator (vad som mäts)').fill('Deltagare i FaR');
  await page.getByRole('textbox', { name: 'Namn på rad 1' }).fill('Alingsås');
  await page.getByRole('textbox', { name: 'Kvinnor, Alingsås' }).fill('150');
  await page.getByRole('textbox', { name: 'Män, Alingsås' }).fill('90');

  // "Vad visar statistiken?": the computed sentences, added after the officer's own words.
  await goHash(page, `${caseHash}/page/b2-analysis`);
  const differences = page.getByRole('textbox', {
    name: 'Vilka skillnader och likheter visar statistiken?',
  });
  await differences.fill('Min inledning.');
  const use = page.getByRole('button', { name: 'Använd de beräknade meningarna' });
  await use.focus();
  await page.keyboard.press('Enter');
  await expect(differences).toBeFocused();
  await expect(differences).toHaveValue(/^Min inledning\.\n\nDeltagare i FaR: Kvinnorna är fler/);
  await expect(page.getByText('Texten är tillagd sist i svaret. Du kan ändra den.')).toBeAttached();
  await expect(use).toHaveCount(0);

  // Step 5: a comment field for each chosen goal.
  await goHash(page, `${caseHash}/page/b5-goals`);
  await expect(
    page.getByRole('group', { name: 'Vilka jämställdhetsmål bidrar förslaget till?' }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Jämställd hälsa', exact: true }).check();
  await page
    .getByRole('checkbox', { name: 'En jämlik och jämställd region.', exact: true })
    .check();
  await expectNoAxeViolations(page);
  await page
    .getByRole('textbox', { name: `${COMMENT}Jämställd hälsa` })
    .fill('Fler män nås av FaR.');
  await goHash(page, `${caseHash}/page/b5-followup`);
  await page
    .getByRole('textbox', { name: 'Hur och när följs effekterna upp?' })
    .fill('Deltagandet per kön i årsrapporten.');
  // Everything is answered, but one chosen goal has no comment: the step is not met.
  await goHash(page, `${caseHash}/check/steg5`);
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'En jämlik och jämställd region. – ingen kommentar' }),
  ).toBeVisible();
  await expect(
    page.getByText('Ett eller flera valda mål saknar en beskrivning av hur förslaget'),
  ).not.toHaveCount(0);
  await goHash(page, `${caseHash}/page/b5-goals`);
  await page
    .getByRole('textbox', { name: `${COMMENT}En jämlik och jämställd region.` })
    .fill('Samma tillgång i alla kommuner.');
  await goHash(page, `${caseHash}/check/steg5`);
  await expect(
    page.getByText('Jämställd hälsa – Fler män nås av FaR.', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('Ett eller flera valda mål saknar en beskrivning av hur förslaget'),
  ).toHaveCount(0);

  // The name stays this case's own; the setting is unchanged.
  await page.goto('./#/settings');
  await expect(page.getByRole('textbox', { name: NAME })).toHaveValue('Anna Andersson');
});
