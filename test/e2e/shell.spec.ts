/**
 * End to end: the prerendered first paint (scripts/vite-plugins/prerender-shell.ts renders
 * src/app/first-paint.tsx, the real Layout, at build time).
 * It must look exactly like what React then renders (no layout shift), never show
 * the case-list text on a deep link, and never show Swedish words to an English user.
 */
import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';

/** Hold the app's JavaScript back so the prerendered page can be looked at on its own. */
async function holdScripts(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let open = false;
  await page.route('**/assets/*.js', (route) => {
    if (open) return route.continue();
    held.push(route);
  });
  return () => {
    open = true;
    for (const r of held.splice(0)) void r.continue();
  };
}

test.beforeEach(async ({ context }) => {
  // The service worker would answer requests that page.route cannot see.
  await context.route('**/sw.js', (route) => route.abort());
});

test('the first paint is the case list header, and React takes over without any layout shift', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number };
    w.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput) w.__shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await expect(page.locator('#root')).toHaveClass(/shell/);
  const before = await page.locator('h1').boundingBox();
  // Rendered at build time from the real Layout: the same menu and language button markup.
  const markup = () =>
    page
      .locator('header')
      .evaluate((e) => e.querySelector('nav')!.outerHTML + e.querySelector('button')!.outerHTML);
  const prerendered = await markup();
  expect(prerendered).toContain('disabled=""'); // the language button waits for the app

  release();
  await expect(page.getByRole('button', { name: 'Nytt ärende' }).first()).toBeVisible();
  await expect(page.locator('#root')).not.toHaveClass(/shell/);
  const after = await page.locator('h1').boundingBox();
  expect(after).toEqual(before);
  expect(await markup()).toBe(prerendered.replace(' disabled=""', ''));
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBe(0);
});

test('a deep link never shows the case list text before the app has rendered', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./#/about', { waitUntil: 'commit' });
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByText('Mina ärenden', { exact: true }).locator('visible=true')).toHaveCount(
    1, // the menu link only, not the heading
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Om metoden' })).toBeVisible();
});

for (const [shape, stored] of [
  ['the versioned record', '{"format":"underlagskollen-ui-language","version":1,"language":"en"}'],
  ['the bare value of earlier builds', 'en'],
] as const) {
  test(`an English user never sees the Swedish first paint (${shape})`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('ulk:language', value), stored);
    const release = await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.locator('#root')).toHaveCSS('visibility', 'hidden');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'My cases' })).toBeVisible();
    await expect(page.locator('#root')).toHaveCSS('visibility', 'visible');
  });
}

test('a keyboard user who tabbed into the first paint keeps the focus when the app takes over', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#root.shell a.app-header__title')).toBeFocused();
  release();
  await expect(page.locator('#root')).not.toHaveClass(/shell/);
  await expect(page.getByRole('link', { name: /^Underlagskollen/ })).toBeFocused();
});
