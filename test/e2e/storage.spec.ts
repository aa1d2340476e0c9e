/**
 * End to end in Chromium: cases kept safe. Every storage fault the README lists is
 * provoked in a real browser against the built app (service worker and CSP
 * included), and each test proves that nothing typed is lost.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';

const TITLE_LABEL = 'Vad heter ärendet?';
const DNR_LABEL = 'Vilket diarienummer har ärendet?';

type Snapshot = Record<string, string>;

async function storageSnapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k !== null) out[k] = localStorage.getItem(k) ?? '';
    }
    return out;
  });
}

function envelope(id: string, answers: Record<string, unknown>, version = 1) {
  return {
    format: 'underlagskollen-case',
    version,
    savedAt: '2026-03-01T10:00:00.000Z',
    ...(version > 1 ? { appVersion: '9.0.0' } : {}),
    case: {
      id,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      answers,
    },
  };
}

/** Write records straight into localStorage (as an older session would have), then reload. */
async function seed(page: Page, records: Record<string, string>) {
  await page.goto('./');
  await page.evaluate((r) => {
    for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v);
  }, records);
  await page.reload();
}

/** "Nytt ärende" on the home page; returns the new case id. */
async function createCase(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click();
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);
  return decodeURIComponent(page.url().split('#/case/')[1] ?? '');
}

async function openTitlePage(page: Page, id: string) {
  await page.goto(`./#/case/${encodeURIComponent(id)}/page/a-arende`);
  await expect(page.getByLabel(TITLE_LABEL)).toBeVisible();
}

function storedTitle(snapshot: Snapshot, id: string): unknown {
  const raw = snapshot[`ulk:case:${id}`];
  if (!raw) return undefined;
  return (JSON.parse(raw) as { case: { answers: Record<string, unknown> } }).case.answers[
    'a.title'
  ];
}

test('text typed just before the page is closed is there when the case is reopened', async ({
  context,
}) => {
  const page = await context.newPage();
  const id = await createCase(page);
  await openTitlePage(page, id);
  await page.getByLabel(TITLE_LABEL).pressSequentially('Stängd direkt');
  // No wait at all: the debounce (400 ms) has not fired; pagehide must flush it.
  await page.close();

  const again = await context.newPage();
  await openTitlePage(again, id);
  await expect(again.getByLabel(TITLE_LABEL)).toHaveValue('Stängd direkt');
  await again.goto('./');
  await expect(again.getByRole('rowheader', { name: 'Stängd direkt' })).toBeVisible();
});

test('a long answer typed just before the page is closed is there when the case is reopened', async ({
  context,
}) => {
  // A long text is written to the case after a pause in typing; closing the page must not
  // lose what waits, nor what the blur, Continue or leaving the page did not get to write.
  const page = await context.newPage();
  const id = await createCase(page);
  const proposal = page.getByLabel('Vilket beslut föreslås?');
  await page.goto(`./#/case/${encodeURIComponent(id)}/page/a-proposal`);
  await proposal.pressSequentially('Beslutet skrevs och fliken stängdes');
  await page.close();

  const again = await context.newPage();
  await again.goto(`./#/case/${encodeURIComponent(id)}/page/a-proposal`);
  await expect(again.getByLabel('Vilket beslut föreslås?')).toHaveValue(
    'Beslutet skrevs och fliken stängdes',
  );
  // Typed, then straight to the task list by the link: the answer is there too.
  await again.getByLabel('Vilket beslut föreslås?').focus();
  await again.keyboard.press('Control+End');
  await again.keyboard.type(' i tid');
  await again.getByRole('link', { name: 'Spara och återgå' }).click();
  await again.goto(`./#/case/${encodeURIComponent(id)}/page/a-proposal`);
  await expect(again.getByLabel('Vilket beslut föreslås?')).toHaveValue(
    'Beslutet skrevs och fliken stängdes i tid',
  );
});

test('two pages on the same case: the other page takes the change, or is told and asked', async ({
  context,
}) => {
  const a = await context.newPage();
  const id = await createCase(a);
  await openTitlePage(a, id);
  const b = await context.newPage();
  await openTitlePage(b, id);

  // B has nothing unsaved: it reloads A's version and says so.
  await a.getByLabel(TITLE_LABEL).fill('Från flik A');
  await expect(b.getByLabel(TITLE_LABEL)).toHaveValue('Från flik A');
  await expect(b.locator('.status-line')).toContainText('ändrades i en annan flik');

  // B's own saves are blocked for a moment, so B holds an unsaved change when A saves again.
  await b.evaluate(() => {
    const w = window as unknown as { __realSetItem?: typeof Storage.prototype.setItem };
    w.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('blocked for the test', 'SecurityError');
    };
  });
  await b.getByLabel(DNR_LABEL).fill('B 2026/1');
  await expect(b.getByText('Ärendet kunde inte sparas')).toBeVisible();
  await a.getByLabel(TITLE_LABEL).fill('Från flik A, igen');
  // A changed the title, B the Dnr: merged per answer, nobody is asked and nothing is lost.
  await expect(b.getByLabel(TITLE_LABEL)).toHaveValue('Från flik A, igen');
  await expect(b.getByLabel(DNR_LABEL)).toHaveValue('B 2026/1');
  await expect(b.getByText('Behåll min version')).toHaveCount(0);
  expect(storedTitle(await storageSnapshot(a), id)).toBe('Från flik A, igen');

  await b.evaluate(() => {
    const w = window as unknown as { __realSetItem?: typeof Storage.prototype.setItem };
    if (w.__realSetItem) Storage.prototype.setItem = w.__realSetItem;
  });
  await b.getByLabel(DNR_LABEL).fill('B 2026/2');
  await expect
    .poll(async () => {
      const stored = JSON.parse((await storageSnapshot(a))[`ulk:case:${id}`] ?? '{}') as {
        case?: { answers: Record<string, unknown> };
      };
      return [stored.case?.answers['a.title'], stored.case?.answers['a.dnr']];
    })
    .toEqual(['Från flik A, igen', 'B 2026/2']);
  // A had nothing unsaved, so it takes B's version.
  await expect(a.getByLabel(DNR_LABEL)).toHaveValue('B 2026/2');
});

test('a full storage quota: the user is told, the text stays, "Spara som fil" downloads the case', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    const w = window as unknown as { __quotaFull?: boolean };
    Storage.prototype.setItem = function (key: string, value: string) {
      if (w.__quotaFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  const id = await createCase(page);
  await openTitlePage(page, id);
  await page.evaluate(() => {
    (window as unknown as { __quotaFull?: boolean }).__quotaFull = true;
  });
  await page.getByLabel(TITLE_LABEL).fill('Fullt lagringsutrymme');
  await expect(page.getByText(/webbläsarens lagringsutrymme är fullt/)).toBeVisible();
  await expect(page.getByLabel(TITLE_LABEL)).toHaveValue('Fullt lagringsutrymme');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).first().click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as ReturnType<
    typeof envelope
  >;
  expect(file.format).toBe('underlagskollen-case');
  expect(file.case.id).toBe(id);
  expect(file.case.answers['a.title']).toBe('Fullt lagringsutrymme');
  expect(download.suggestedFilename()).toMatch(/\.json$/);

  // Space is freed: the next change saves everything, the earlier text included.
  await page.evaluate(() => {
    (window as unknown as { __quotaFull?: boolean }).__quotaFull = false;
  });
  await page.getByLabel(DNR_LABEL).fill('KS 2026/9');
  await expect(page.getByText(/webbläsarens lagringsutrymme är fullt/)).toBeHidden();
  await expect(page.locator('.status-line')).toContainText('Sparat');
  expect(storedTitle(await storageSnapshot(page), id)).toBe('Fullt lagringsutrymme');
});

test('storage disabled: the app works for the session and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await expect(
    page.getByText('Lagring är avstängd: arbetet finns bara kvar under den här sessionen.'),
  ).toBeVisible();
  const id = await createCase(page);
  await openTitlePage(page, id);
  await page.getByLabel(TITLE_LABEL).fill('Bara i minnet');
  // In-app navigation: a full page load would (rightly) start an empty session.
  await page.getByRole('navigation').getByRole('link', { name: 'Mina ärenden' }).click();
  await expect(page.getByRole('rowheader', { name: 'Bara i minnet' })).toBeVisible();
  await page.getByRole('link', { name: 'Bara i minnet' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bara i minnet' })).toBeVisible();
});

test('a corrupt record and a record from a newer version: the other cases load and both are explained', async ({
  page,
}) => {
  await seed(page, {
    'ulk:case:bra': JSON.stringify(envelope('bra', { 'a.title': 'Ett helt ärende' })),
    'ulk:case:trasig': '{"format":"underlagskollen-case","version":1,"case":',
    'ulk:case:framtid': JSON.stringify(envelope('framtid', { 'a.title': 'Från framtiden' }, 99)),
  });
  await expect(page.getByRole('rowheader', { name: 'Ett helt ärende' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Skadade poster som lagts åt sidan' }),
  ).toBeVisible();
  const future = page.getByRole('row', { name: /Från framtiden/ });
  await expect(future.getByText('Skrivskyddat: sparat av en nyare version')).toBeVisible();
  const stored = await storageSnapshot(page);
  expect(Object.entries(stored).filter(([k]) => k.startsWith('ulk:quarantine:trasig'))).toEqual([
    [expect.any(String), '{"format":"underlagskollen-case","version":1,"case":'],
  ]);

  // The newer record opens read-only with a message and is never written.
  const before = stored['ulk:case:framtid'];
  await page.getByRole('link', { name: 'Från framtiden' }).first().click();
  await expect(
    page.getByText(/sparat av en nyare version av Underlagskollen \(9\.0\.0\)/),
  ).toBeVisible();
  await page.goto('./#/case/framtid/page/a-arende');
  await expect(page.getByText(/sparat av en nyare version av Underlagskollen/)).toBeVisible();
  expect((await storageSnapshot(page))['ulk:case:framtid']).toBe(before);

  // The good case still opens.
  await page.goto('./#/case/bra');
  await expect(page.getByRole('heading', { level: 1, name: 'Ett helt ärende' })).toBeVisible();
});

test('importing hostile files gives a precise message and leaves the stored cases unchanged', async ({
  page,
}) => {
  await seed(page, {
    'ulk:case:bra': JSON.stringify(envelope('bra', { 'a.title': 'Ett helt ärende' })),
  });
  await expect(page.getByRole('rowheader', { name: 'Ett helt ärende' })).toBeVisible();
  const before = await storageSnapshot(page);
  const input = page.getByLabel(/^Välj en ärendefil \(\.json\)/);
  const message = page.getByTestId('cases-message');

  await input.setInputFiles({
    name: 'bild.json',
    mimeType: 'application/json',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]),
  });
  await expect(message).toContainText(
    'Filen kan inte läsas. En ärendefil från Underlagskollen är en textfil i JSON-format',
  );

  await input.setInputFiles({
    name: 'stor.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(11 * 1024 * 1024, 0x20),
  });
  await expect(message).toContainText('Filen är för stor (11 MB). Den får vara högst 10 MB.');

  await input.setInputFiles({
    name: 'annat.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ hello: 'world', items: [1, 2, 3] })),
  });
  await expect(message).toContainText('Filen är inte en ärendefil från Underlagskollen.');

  await input.setInputFiles({
    name: 'fel.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify(envelope('bra', { 'a.title': 'x'.repeat(5000), 'a.dnr': 7 })),
    ),
  });
  await expect(message).toContainText('Filen är en ärendefil men innehåller 2 felaktiga uppgifter');

  await input.setInputFiles({
    name: 'framtid.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(envelope('ny', { 'a.title': 'Ny' }, 99))),
  });
  await expect(message).toContainText(
    'Filen är sparad av en nyare version av Underlagskollen (9.0.0)',
  );

  expect(await storageSnapshot(page)).toEqual(before);
  await expect(page.getByRole('rowheader')).toHaveCount(1);
});

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

test('after one visit the app loads and works offline', async ({ context, page }) => {
  const id = await createCase(page);
  await openTitlePage(page, id);
  await page.getByLabel(TITLE_LABEL).fill('Utan nätverk');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.goto('./');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Utan nätverk' })).toBeVisible();
  // A lazily loaded screen comes from the cache too.
  await page.getByRole('link', { name: 'Om metoden' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Mina ärenden');
  await context.setOffline(false);
});

function watchRequests(context: BrowserContext, origin: string) {
  const offOrigin: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) offOrigin.push(r.url());
  });
  return offOrigin;
}

test('a full journey makes no request to any other origin and breaks no CSP rule', async ({
  context,
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const offOrigin = watchRequests(context, origin);
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });

  const id = await createCase(page);
  await openTitlePage(page, id);
  await page.getByLabel(TITLE_LABEL).fill('Resa utan läckor');
  await page.getByLabel(DNR_LABEL).fill('KS 2026/1');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.goto(`./#/case/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Resa utan läckor' })).toBeVisible();
  await page.goto(`./#/case/${encodeURIComponent(id)}/check`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`./#/case/${encodeURIComponent(id)}/preview`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Svenska' })).toBeVisible();
  for (const path of [
    './#/',
    './#/about',
    './#/privacy',
    './#/settings',
    './#/demo',
    './#/review',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.goto('./#/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup of all cases' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^underlagskollen-backup-/);

  expect(offOrigin).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('the built page carries a Content-Security-Policy without inline or eval script', async ({
  page,
}) => {
  const response = await page.goto('./');
  const html = (await response?.text()) ?? '';
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const policy = csp.replace(/&#39;/g, "'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});
