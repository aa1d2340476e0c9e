/**
 * A real folder dropped on the follow-up screen (issue 14). Playwright has no API for dropping
 * a folder, so the test sends Chromium's own drag-and-drop input (CDP Input.dispatchDragEvent
 * with a folder path): the browser builds the dropped directory entry itself, as it does for a
 * folder dragged from the file manager, and the screen walks it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

let root = '';

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ulk-drop-'));
  const folder = join(root, 'Nämndhandlingar 2024');
  mkdirSync(join(folder, 'Mars'), { recursive: true });
  copyFileSync('public/examples/far-niva1.sv.json', join(folder, 'far-niva1.json'));
  copyFileSync('public/examples/snorojning.sv.json', join(folder, 'Mars', 'snorojning.json'));
  // Not ours by name or hidden: a folder walk leaves them out.
  writeFileSync(join(folder, 'Mars', 'protokoll.txt'), 'Protokoll');
  writeFileSync(join(folder, '.DS_Store'), 'x');
  writeFileSync(join(folder, '~$far-niva1.docx'), 'lock file');
  // Ours by name, but not a case file: listed with its reason.
  writeFileSync(join(folder, 'Mars', 'lista.json'), '{"hello": "world"}');
});

test.afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a folder dropped from the file manager is walked, its subfolders included', async ({
  page,
}) => {
  await page.goto('./#/uppfoljning');
  const zone = page.getByText('…eller släpp filer eller en mapp här');
  await expect(zone).toBeVisible();
  const box = await page.locator('.followup-drop').boundingBox();
  if (!box) throw new Error('no drop zone');
  const cdp = await page.context().newCDPSession(page);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: [join(root, 'Nämndhandlingar 2024')], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  }

  await expect(
    page.getByText('3 filer lästa, 2 ärenden räknade, 1 fil räknades inte.'),
  ).toBeVisible({
    timeout: 30_000,
  });
  // The file that was not counted is named by its path inside the dropped folder.
  await expect(
    page.getByRole('cell', { name: /Nämndhandlingar 2024\/Mars\/lista\.json/ }),
  ).toBeVisible();
  // Every number opens the cases behind it, with the file each came from.
  const group = page.getByRole('region', { name: /Lokala nämnden i Varberg 2024/ });
  await group.getByRole('button', { name: /^1: Antal ärenden/ }).click();
  await expect(
    page.getByRole('cell', { name: /Nämndhandlingar 2024\/(Mars\/snorojning|far-niva1)\.json/ }),
  ).toBeVisible();
});
