/**
 * End to end: accessibility of every screen (WCAG 2.1 AA), in Swedish and English.
 *
 * For each screen and language: axe finds no WCAG 2.0/2.1 A and AA violations on the whole
 * page, the landmarks are there, the headings start at h1 and never skip a level, and the page
 * does not scroll sideways at 320 CSS px nor at 200% zoom of a 1280 px window. Besides: the skip
 * link, the language switch that sets <html lang>, and the autosave status line. Target sizes
 * (WCAG 2.2, 2.5.8) are only reported, as annotations on each test.
 *
 * Screens are reached the way a user gets there: the app is opened, the header button switches
 * the language, and then the route changes inside the page (hash), as a link would.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expectNoAxeViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

type Lang = 'sv' | 'en';
const languages: readonly Lang[] = ['sv', 'en'];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// ---- Texts: the tests find things by what the user reads, in either language ----

const localeCache = new Map<string, unknown>();

/** A translation from locales/<lang>/<ns>.json, e.g. tr('sv', 'cases:home.title'). */
function tr(lang: Lang, key: string): string {
  const [ns = '', path = ''] = key.split(':');
  const file = `${lang}/${ns}`;
  if (!localeCache.has(file)) {
    localeCache.set(
      file,
      JSON.parse(readFileSync(`${ROOT}locales/${file}.json`, 'utf8')) as unknown,
    );
  }
  let node: unknown = localeCache.get(file);
  for (const part of path.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  if (typeof node !== 'string') throw new Error(`no text ${lang}:${key}`);
  return node;
}

/** Text before the first i18next placeholder ("Sparat kl. {{time}}" → "Sparat kl."). */
function fixedPart(text: string): string {
  return text.split('{{')[0]?.trim() ?? text;
}

// ---- Cases ----

function exampleEnvelope(file: string): { id: string; json: string } {
  const json = readFileSync(`${ROOT}public/examples/${file}`, 'utf8');
  const id = (JSON.parse(json) as { case: { id: string } }).case.id;
  return { id, json };
}

const youth = exampleEnvelope('ungdomsmottagning.sv.json');
const snow = exampleEnvelope('snorojning.sv.json');
const YOUTH_TITLE = 'Nya öppettider vid ungdomsmottagningarna';

const EMPTY_ID = 'a11y-empty-case';
const emptyCase = {
  id: EMPTY_ID,
  json: JSON.stringify({
    format: 'underlagskollen-case',
    version: 1,
    savedAt: '2026-03-01T10:00:00.000Z',
    case: {
      id: EMPTY_ID,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      answers: {},
    },
  }),
};

async function seedCases(page: Page, cases: readonly { id: string; json: string }[]) {
  await page.addInitScript(
    (records) => {
      // Only once: later navigations must not overwrite what the app saved.
      for (const [key, value] of records) {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      }
    },
    cases.map((c) => [`ulk:case:${c.id}`, c.json] as const),
  );
}

// ---- Screens ----

interface Screen {
  name: string;
  cases?: readonly { id: string; json: string }[];
  hash: string;
  /** Waits until the screen shows what it is about (and brings it into the state to test). */
  ready: (page: Page, lang: Lang) => Promise<void>;
}

const h1 = (page: Page, name?: string) =>
  expect(page.getByRole('heading', { level: 1, ...(name ? { name } : {}) })).toBeVisible();

const q = (id: string) => `#/case/${encodeURIComponent(youth.id)}/page/${id}`;

const screens: readonly Screen[] = [
  {
    name: 'the case list without cases',
    hash: '#/',
    ready: async (page, lang) => {
      await h1(page, tr(lang, 'cases:home.title'));
      await expect(page.getByText(tr(lang, 'cases:empty.heading'))).toBeVisible();
    },
  },
  {
    name: 'the case list with cases',
    cases: [youth, snow],
    hash: '#/',
    ready: async (page, lang) => {
      await h1(page, tr(lang, 'cases:home.title'));
      await expect(page.getByText(YOUTH_TITLE).first()).toBeVisible();
    },
  },
  {
    name: 'the task list',
    cases: [youth],
    hash: `#/case/${encodeURIComponent(youth.id)}`,
    ready: async (page) => h1(page, YOUTH_TITLE),
  },
  {
    name: 'the decision form',
    cases: [youth],
    hash: `#/case/${encodeURIComponent(youth.id)}/beslut`,
    ready: async (page, lang) => h1(page, tr(lang, 'decision:page.title')),
  },
  {
    name: 'a choice question with "Vet inte"',
    cases: [youth],
    hash: q('b1-affects'),
    ready: async (page, lang) => {
      await h1(page);
      await expect(
        page.getByRole('radio', { name: tr(lang, 'questions:options.yesNoUnknown.vet-inte') }),
      ).toBeVisible();
    },
  },
  {
    name: 'a multiple-choice question',
    cases: [youth],
    hash: q('b1-groups'),
    ready: async (page) => {
      await h1(page);
      await expect(page.getByRole('checkbox').nth(3)).toBeVisible();
    },
  },
  {
    name: 'a page with text and date fields',
    cases: [youth],
    hash: q('a-dates'),
    ready: async (page) => {
      await h1(page);
      await expect(page.locator('input[type="date"]').first()).toBeVisible();
      await expect(page.locator('input[type="text"]').first()).toBeVisible();
    },
  },
  {
    name: 'a long text with a character count',
    cases: [youth],
    hash: q('a-proposal'),
    ready: async (page) => {
      await h1(page);
      await expect(page.getByRole('textbox')).toBeVisible();
      await expect(page.locator('.char-count')).toBeVisible();
    },
  },
  {
    name: 'the corrective measures',
    cases: [youth],
    hash: q('b4-measures'),
    ready: async (page) => {
      await h1(page);
      await expect(page.locator('fieldset.repeat-row').first()).toBeVisible();
    },
  },
  {
    name: 'the Sami consultations',
    cases: [youth],
    hash: q('d-consultation'),
    ready: async (page) => {
      await h1(page);
      await expect(page.locator('fieldset.repeat-row').first()).toBeVisible();
    },
  },
  {
    name: 'the goals of step 5',
    cases: [youth],
    hash: q('b5-goals'),
    ready: async (page) => {
      await h1(page);
      await expect(page.getByRole('checkbox').nth(5)).toBeVisible();
    },
  },
  {
    name: 'the statistics tables with data and chart',
    cases: [youth],
    hash: q('b2-tables'),
    ready: async (page) => {
      await h1(page);
      await expect(page.getByRole('table').first()).toBeVisible();
      await expect(page.getByRole('img').first()).toBeVisible();
    },
  },
  {
    name: 'the error summary after Continue on an empty page',
    cases: [emptyCase],
    hash: `#/case/${EMPTY_ID}/page/a-arende`,
    ready: async (page, lang) => {
      await h1(page);
      await page.getByRole('button', { name: tr(lang, 'checklist:page.continue') }).click();
      const summary = page.getByRole('alert', { name: tr(lang, 'checklist:errorSummary.title') });
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link').first()).toBeVisible();
    },
  },
  {
    name: 'check your answers of one section',
    cases: [youth],
    hash: `#/case/${encodeURIComponent(youth.id)}/check/arendet`,
    ready: async (page) => {
      await h1(page);
      await expect(page.getByText(YOUTH_TITLE).first()).toBeVisible();
    },
  },
  {
    name: 'check your answers of the whole case',
    cases: [youth],
    hash: `#/case/${encodeURIComponent(youth.id)}/check`,
    ready: async (page) => {
      await h1(page);
      await expect(page.getByText(YOUTH_TITLE).first()).toBeVisible();
    },
  },
  {
    name: 'the preview',
    cases: [youth],
    hash: `#/case/${encodeURIComponent(youth.id)}/preview`,
    ready: async (page, lang) => {
      await h1(page, tr(lang, 'preview:title'));
      await expect(
        page.getByRole('article', { name: tr(lang, 'preview:view.label') }),
      ).toBeVisible();
    },
  },
  {
    name: 'the settings',
    hash: '#/settings',
    ready: async (page, lang) => h1(page, tr(lang, 'settings:title')),
  },
  {
    name: 'the demo',
    hash: '#/demo',
    ready: async (page, lang) => h1(page, tr(lang, 'demo:page.title')),
  },
  {
    name: 'the review before a file is opened',
    hash: '#/review',
    ready: async (page, lang) => h1(page, tr(lang, 'review:title')),
  },
  {
    name: 'the review of an opened case file',
    hash: '#/review',
    ready: async (page, lang) => {
      await h1(page, tr(lang, 'review:title'));
      await page
        .getByLabel(tr(lang, 'review:file.label'))
        .setInputFiles(`${ROOT}public/examples/snorojning.sv.json`);
      await expect(
        page.getByRole('region', { name: tr(lang, 'review:conclusion.heading') }),
      ).toBeVisible();
    },
  },
  {
    name: 'the follow-up with results',
    hash: '#/uppfoljning',
    ready: async (page, lang) => {
      await h1(page, tr(lang, 'followup:screen.title'));
      await page
        .getByLabel(tr(lang, 'followup:screen.pick'))
        .setInputFiles(
          ['snorojning.sv.json', 'far-niva1.sv.json', 'index.json'].map(
            (f) => `${ROOT}public/examples/${f}`,
          ),
        );
      await expect(
        page.getByRole('heading', { level: 2, name: tr(lang, 'followup:screen.resultHeading') }),
      ).toBeFocused();
    },
  },
  {
    name: 'about the method',
    hash: '#/about',
    ready: async (page, lang) => h1(page, tr(lang, 'pages:about.title')),
  },
  {
    name: 'privacy',
    hash: '#/privacy',
    ready: async (page, lang) => h1(page, tr(lang, 'pages:privacy.title')),
  },
  {
    name: 'the accessibility statement',
    hash: '#/accessibility',
    ready: async (page, lang) => h1(page, tr(lang, 'pages:accessibility.title')),
  },
];

/** Opens the app, switches the language with the header button, then follows the route. */
async function openScreen(page: Page, screen: Screen, lang: Lang) {
  if (screen.cases) await seedCases(page, screen.cases);
  await page.goto('./');
  await h1(page, tr('sv', 'cases:home.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  if (lang === 'en') {
    await page
      .getByRole('banner')
      .getByRole('button', { name: tr('sv', 'common:switchLanguage') })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await h1(page, tr('en', 'cases:home.title'));
  }
  await page.evaluate((h) => {
    window.location.hash = h;
  }, screen.hash);
  await screen.ready(page, lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

// ---- Checks ----

/** Headings as assistive technology meets them: level and text, in document order. */
async function headingOutline(page: Page): Promise<{ level: number; text: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'))
      .filter((el) => el.checkVisibility() && !el.closest('[aria-hidden="true"]'))
      .map((el) => ({
        level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)),
        text: (el.textContent ?? '').trim().slice(0, 60),
      })),
  );
}

/** Problems in a heading outline: it must start at h1 and never go down more than one level. */
function headingProblems(outline: readonly { level: number; text: string }[]): string[] {
  const problems: string[] = [];
  const first = outline[0];
  if (!first) return ['no heading at all'];
  if (first.level !== 1) problems.push(`starts at h${first.level} "${first.text}", not at h1`);
  if (outline.filter((h) => h.level === 1).length !== 1) problems.push('not exactly one h1');
  outline.forEach((h, i) => {
    const before = outline[i - 1];
    if (before && h.level > before.level + 1) {
      problems.push(`h${before.level} "${before.text}" is followed by h${h.level} "${h.text}"`);
    }
  });
  return problems;
}

async function expectLandmarks(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(1);
}

/** How far the page itself scrolls sideways (0 when it fits). */
async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const culprits = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.checkVisibility())
      // Only the outermost offender of each branch, and not content scrolled inside a wrapper.
      .filter((el) => {
        for (let p = el.parentElement; p; p = p.parentElement) {
          const ox = getComputedStyle(p).overflowX;
          if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)})`,
      );
    return { overflow: doc.scrollWidth - width, culprits };
  });
}

/** Interactive targets smaller than 24x24 CSS px (WCAG 2.2, 2.5.8), inline links excepted. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width >= 24 && r.height >= 24) return false;
        // Exception: a link inside a sentence (its size is set by the line of text).
        if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') {
          const parentText = (el.parentElement?.textContent ?? '').trim();
          if (parentText.length > (el.textContent ?? '').trim().length) return false;
        }
        return true;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}x${Math.round(r.height)}`;
      });
  });
}

// ---- Tests ----

for (const lang of languages) {
  test.describe(`in ${lang === 'sv' ? 'Swedish' : 'English'}`, () => {
    for (const screen of screens) {
      test(`${screen.name} has no axe violations, its landmarks and headings in order`, async ({
        page,
      }) => {
        await openScreen(page, screen, lang);
        await expectNoAxeViolations(page);
        await expectLandmarks(page);
        expect(headingProblems(await headingOutline(page))).toEqual([]);
        const small = await smallTargets(page);
        if (small.length > 0) {
          test.info().annotations.push({
            type: 'target size below 24 px (WCAG 2.2, reported only)',
            description: small.join('; '),
          });
        }
      });
    }
  });

  test.describe(`at 320 CSS px in ${lang === 'sv' ? 'Swedish' : 'English'}`, () => {
    test.use({ viewport: { width: 320, height: 800 } });
    for (const screen of screens) {
      test(`${screen.name} does not scroll sideways; a wide table scrolls by keyboard`, async ({
        page,
      }) => {
        await openScreen(page, screen, lang);
        expect(await horizontalOverflow(page)).toEqual({ overflow: 0, culprits: [] });
        // What scrolls inside the page instead (a wide table) can be scrolled with the keyboard.
        const results = await new AxeBuilder({ page })
          .withRules(['scrollable-region-focusable'])
          .analyze();
        expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual(
          [],
        );
      });
    }
  });

  test.describe(`at 200% zoom of 1280 px in ${lang === 'sv' ? 'Swedish' : 'English'}`, () => {
    test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    for (const screen of screens) {
      test(`${screen.name} does not scroll sideways`, async ({ page }) => {
        await openScreen(page, screen, lang);
        expect(await horizontalOverflow(page)).toEqual({ overflow: 0, culprits: [] });
      });
    }
  });
}

test('the heading check finds a skipped level and a page that does not start at h1', () => {
  expect(
    headingProblems([
      { level: 1, text: 'A' },
      { level: 2, text: 'B' },
      { level: 3, text: 'C' },
      { level: 2, text: 'D' },
    ]),
  ).toEqual([]);
  expect(
    headingProblems([
      { level: 1, text: 'A' },
      { level: 3, text: 'C' },
    ]),
  ).toEqual(['h1 "A" is followed by h3 "C"']);
  expect(headingProblems([{ level: 2, text: 'B' }])).toEqual([
    'starts at h2 "B", not at h1',
    'not exactly one h1',
  ]);
});

test('the skip link is the first thing Tab reaches and moves focus to the main content', async ({
  page,
}) => {
  await seedCases(page, [youth]);
  await page.goto(`./${q('a-proposal')}`);
  await h1(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: tr('sv', 'common:skipLink') });
  await expect(skip).toBeFocused();
  // Visible when focused (WCAG 2.4.7): inside the viewport.
  const box = await skip.boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() =>
      document.getElementById('main-content')?.contains(document.activeElement),
    ),
  ).toBe(true);
});

test('the header button switches the language both ways and <html lang> follows', async ({
  page,
}) => {
  await page.goto('./#/about');
  await h1(page, tr('sv', 'pages:about.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: tr('sv', 'common:switchLanguage') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await h1(page, tr('en', 'pages:about.title'));
  await banner.getByRole('button', { name: tr('en', 'common:switchLanguage') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await h1(page, tr('sv', 'pages:about.title'));
});

test('on a wide screen the language button sits at the right end of the header row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  // Measure the app's header, not the prerendered first paint it replaces.
  await expect(page.locator('#root')).not.toHaveClass(/shell/);
  const banner = page.getByRole('banner');
  const title = await banner.getByRole('link', { name: tr('sv', 'common:appName') }).boundingBox();
  const button = await banner
    .getByRole('button', { name: tr('sv', 'common:switchLanguage') })
    .boundingBox();
  const inner = await page.locator('.app-header__inner').boundingBox();
  if (!title || !button || !inner) throw new Error('header parts not rendered');
  // Same row as the title (vertical overlap), flush with the right edge of the header content.
  expect(button.y).toBeLessThan(title.y + title.height);
  expect(title.y).toBeLessThan(button.y + button.height);
  expect(Math.abs(inner.x + inner.width - (button.x + button.width))).toBeLessThanOrEqual(20);
  // Keyboard: Tab reaches it right after the title link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(
    banner.getByRole('button', { name: tr('sv', 'common:switchLanguage') }),
  ).toBeFocused();
});

for (const lang of languages) {
  test(`the autosave status line is a live region and says it saved after typing (${lang})`, async ({
    page,
  }) => {
    await openScreen(
      page,
      {
        name: 'the title page',
        cases: [emptyCase],
        hash: `#/case/${EMPTY_ID}/page/a-arende`,
        ready: async (p) => h1(p),
      },
      lang,
    );
    const status = page.locator('.status-line');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await page.getByRole('textbox').first().pressSequentially('Ny cykelväg');
    await expect(status).toContainText(fixedPart(tr(lang, 'storage:status.saved')));
    await expect(
      page.getByRole('status').filter({ hasText: fixedPart(tr(lang, 'storage:status.saved')) }),
    ).toBeVisible();
  });
}
