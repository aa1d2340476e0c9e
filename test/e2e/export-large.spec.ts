/**
 * End to end in Chromium: the Word export of the largest realistic case (test/fixtures/
 * large-case.ts: every question answered, 10 statistics tables, 40 measures, 60,000 characters)
 * is written in a Web Worker. The page announces the progress, hands over a real .docx and its
 * main thread stays free meanwhile (no long task of 200 ms or more; see helpers/heartbeat.ts).
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { largeCase } from '../fixtures/large-case';
import {
  expectResponsive,
  measureFromNextClick,
  startHeartbeat,
  waitForQuiet,
} from './helpers/heartbeat';
import { seedCase } from './helpers/seed';

const CASE_ID = 'e2e-export-large';

test('the Word file of a large case is made in the background with a progress message, and the page never freezes', async ({
  page,
}, testInfo) => {
  const big = largeCase({ id: CASE_ID });
  await seedCase(page, CASE_ID, big.answers);
  await page.goto(`./#/case/${CASE_ID}/preview`);
  const preview = page.getByRole('article', { name: 'Förhandsgranskning av bilagan' });
  await expect(preview.getByRole('heading', { level: 2 }).first()).toBeVisible();
  // The preview renders the deferred case; wait until it has settled before measuring.
  await expect(preview).not.toHaveAttribute('aria-busy', 'true');
  await waitForQuiet(page);

  // Every text the status region shows, with the time it appeared and whether the button was
  // aria-disabled then: the progress message may be up for less time than a locator needs.
  await page.evaluate(() => {
    const w = window as unknown as {
      __statusLog: { text: string; at: number; disabled: boolean }[];
    };
    w.__statusLog = [];
    const region = document.querySelector('.preview-status-region');
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Ladda ner bilagan (Word)',
    );
    if (!region || !button) throw new Error('no status region or export button');
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && text !== w.__statusLog.at(-1)?.text)
        w.__statusLog.push({
          text,
          at: performance.now(),
          disabled: button.getAttribute('aria-disabled') === 'true',
        });
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  await startHeartbeat(page);
  await measureFromNextClick(page);
  const button = page.getByRole('button', { name: 'Ladda ner bilagan (Word)' });
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const done = page.getByRole('status').filter({ hasText: 'Bilagan är nedladdad' });
  await expect(done).toHaveText(/^Bilagan är nedladdad: .+\.docx$/);
  await expect(button).not.toHaveAttribute('aria-disabled');

  const log = await page.evaluate(
    () =>
      (window as unknown as { __statusLog: { text: string; at: number; disabled: boolean }[] })
        .__statusLog,
  );
  expect(log.map((e) => [e.text.replace(/:.*/, ''), e.disabled])).toEqual([
    ['Word-filen skapas …', true],
    ['Bilagan är nedladdad', false],
  ]);
  const exportMs = Math.round((log[1]?.at ?? 0) - (log[0]?.at ?? 0));
  await expectResponsive(page, `Word export of the large case (${exportMs} ms)`);

  const path = testInfo.outputPath('large.docx');
  await download.saveAs(path);
  const zip = await JSZip.loadAsync(await readFile(path));
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(documentXml.length).toBeGreaterThan(100_000);
  expect(zip.file('docProps/custom.xml')).not.toBeNull();
});
