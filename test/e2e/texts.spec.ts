/**
 * End to end: no screen ever shows a raw translation key. Texts load lazily per
 * namespace, so a screen that renders before its texts arrive (or reads a
 * namespace nobody loaded) would show "summary.genderTitle" instead of words.
 * Every case screen of every shipped example is visited in Swedish and English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const localesDir = new URL('../../locales/sv/', import.meta.url);

/** `root.sub` for every nested object key of every namespace: what a raw key looks like. */
function keyPattern(): RegExp {
  const roots = new Set<string>();
  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(new URL(file, localesDir), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const [k, v] of Object.entries(json)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) roots.add(k);
    }
  }
  const alternatives = [...roots].map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?:^|[\\s(:"'])(?:[a-z]+:)?(?:${alternatives})\\.[A-Za-z0-9-]+`, 'm');
}

const rawKey = keyPattern();

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll('textarea, input[type="text"]')].map(
      (el) => (el as HTMLTextAreaElement | HTMLInputElement).value,
    );
    return [document.body.innerText, ...fields].join('\n');
  });
}

async function expectNoRawKeys(page: Page, where: string) {
  const text = await visibleText(page);
  const match = rawKey.exec(text);
  expect(match?.[0] ?? null, `raw translation key on ${where}`).toBeNull();
}

const examples = JSON.parse(
  readFileSync(new URL('../../public/examples/index.json', import.meta.url), 'utf8'),
) as { file: string }[];

for (const lng of ['sv', 'en'] as const) {
  test(`every case screen of every example reads as words, not keys (${lng})`, async ({ page }) => {
    test.setTimeout(180_000);
    const seeded: string[] = [];
    for (const { file } of examples.filter((e) => e.file.endsWith(`.${lng}.json`))) {
      const envelope = JSON.parse(
        readFileSync(new URL(`../../public/examples/${file}`, import.meta.url), 'utf8'),
      ) as { case: { id: string } };
      seeded.push(envelope.case.id);
      await page.addInitScript(
        ([key, value, language]) => {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
          localStorage.setItem('ulk:language', language);
        },
        [`ulk:case:${envelope.case.id}`, JSON.stringify(envelope), lng] as const,
      );
    }
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    await expectNoRawKeys(page, 'the case list');
    for (const id of seeded) {
      const base = `./#/case/${encodeURIComponent(id)}`;
      for (const route of [
        '',
        '/check',
        '/check/steg2',
        '/page/b2-tables',
        '/page/d-consultation',
        '/preview',
      ]) {
        await page.goto(base + route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoRawKeys(page, `${id}${route}`);
      }
    }
    for (const route of [
      '#/settings',
      '#/about',
      '#/privacy',
      '#/accessibility',
      '#/review',
      '#/demo',
      '#/uppfoljning',
    ]) {
      await page.goto(`./${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoRawKeys(page, route);
    }
  });
}
