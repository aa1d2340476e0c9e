/**
 * Keyboard helpers for end-to-end journeys: a user who tabs to a control, answers it with
 * the keys a person would use (Space, arrow keys, typing) and presses Enter on "Fortsätt".
 * No helper clicks. Every key press sequence can be followed by a check (`afterKeys`), so a
 * spec can assert after each one that the focus is visible and never lost.
 */
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export interface KeyboardOptions {
  /** Runs after every key press sequence (e.g. `expectVisibleFocus`). */
  afterKeys?: (page: Page) => Promise<void>;
  /** How many Tab presses to allow before giving up (a long page has many stops). */
  maxTabs?: number;
}

/**
 * The focused element exists, is not the page itself, and shows a focus indicator:
 * it matches :focus-visible and has an outline or a box-shadow.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { lost: true, describe: String(el?.tagName ?? null) } as const;
    }
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const describe = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''
    } "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    return {
      lost: false,
      describe,
      // A date or time input hosts its focused parts (and its calendar button) in a shadow
      // tree: the input itself never matches :focus-visible, only :focus-within.
      focusVisible:
        el.matches(':focus-visible') ||
        (el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type)
          ? el.matches(':focus-within')
          : false),
      outline:
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
          ? `${style.outlineStyle} ${style.outlineWidth}`
          : '',
      boxShadow: style.boxShadow === 'none' ? '' : style.boxShadow,
      rendered: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
    } as const;
  });
  expect(focus.lost, `focus is lost (activeElement: ${focus.describe})`).toBe(false);
  if (focus.lost) return;
  expect(focus.focusVisible, `${focus.describe} matches :focus-visible`).toBe(true);
  expect(
    focus.outline !== '' || focus.boxShadow !== '',
    `${focus.describe} has a visible focus indicator (outline or box-shadow)`,
  ).toBe(true);
  expect(focus.rendered, `${focus.describe} is rendered`).toBe(true);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

export class KeyboardUser {
  readonly page: Page;
  private readonly afterKeys: (page: Page) => Promise<void>;
  private readonly maxTabs: number;

  constructor(page: Page, options: KeyboardOptions = {}) {
    this.page = page;
    this.afterKeys = options.afterKeys ?? (async () => {});
    this.maxTabs = options.maxTabs ?? 120;
  }

  /** Press one key (or chord) and run the after-keys check. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.afterKeys(this.page);
  }

  /** Type text key by key into the focused control. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.afterKeys(this.page);
  }

  /**
   * Tab (or Shift+Tab, when the target lies before the focus) until `stop` says focus has
   * arrived. The direction is decided from the document order, as a person looking at the
   * page would.
   */
  private async tabUntil(towards: Locator, stop: () => Promise<boolean>): Promise<void> {
    await expect(towards).toBeVisible();
    for (let i = 0; i < this.maxTabs; i++) {
      if (await stop()) return;
      const forward = await towards.evaluate((el) => {
        const active = document.activeElement;
        if (!active || active === document.body) return true;
        if (active === el) return true;
        return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      await this.press(forward ? 'Tab' : 'Shift+Tab');
    }
    throw new Error(`could not reach ${towards.toString()} with Tab in ${this.maxTabs} presses`);
  }

  /** Move the focus to a control with Tab / Shift+Tab. */
  async tabTo(target: Locator): Promise<void> {
    await this.tabUntil(target, () => isFocused(target));
  }

  /** Tab to a link or a button and press Enter. */
  async activate(target: Locator): Promise<void> {
    await this.tabTo(target);
    await this.press('Enter');
  }

  /** Tab to a button and press Space (the other key that activates a button). */
  async activateWithSpace(target: Locator): Promise<void> {
    await this.tabTo(target);
    await this.press('Space');
  }

  /**
   * Answer a radio group by its legend and the option's label: Tab into the group, then
   * arrow keys (which move and select) until the option is checked; Space when the focus
   * already sits on it unchecked.
   */
  async answerRadio(group: string | Locator, option: string): Promise<void> {
    const scope =
      typeof group === 'string'
        ? this.page.getByRole('group', { name: group, exact: true })
        : group;
    const radio = scope.getByRole('radio', { name: option, exact: true });
    const name = await radio.getAttribute('name');
    await this.tabUntil(radio, () =>
      this.page.evaluate(
        (n) =>
          document.activeElement instanceof HTMLInputElement &&
          document.activeElement.type === 'radio' &&
          document.activeElement.name === n,
        name,
      ),
    );
    const count = await scope.getByRole('radio').count();
    for (let i = 0; i <= count; i++) {
      if (await isFocused(radio)) {
        if (!(await radio.isChecked())) await this.press('Space');
        break;
      }
      await this.press('ArrowDown');
    }
    await expect(radio).toBeChecked();
  }

  /** Tab to a checkbox and tick it with Space (untick when `on` is false). */
  async check(checkbox: string | Locator, on = true): Promise<void> {
    const box =
      typeof checkbox === 'string'
        ? this.page.getByRole('checkbox', { name: checkbox, exact: true })
        : checkbox;
    await this.tabTo(box);
    if ((await box.isChecked()) !== on) await this.press('Space');
    if (on) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }

  /** Tab to a text field or textarea by its label and type; what was there is replaced. */
  async fill(field: string | Locator, text: string): Promise<void> {
    const input = typeof field === 'string' ? this.page.getByLabel(field, { exact: true }) : field;
    await this.tabTo(input);
    if ((await input.inputValue()) !== '') {
      await this.press('ControlOrMeta+a');
      await this.press('Delete');
    }
    await this.type(text);
    await expect(input).toHaveValue(text);
  }

  /**
   * A native date input: type the date's parts in the order the browser shows them. A Swedish
   * Chromium shows år-månad-dag; Debian's Chromium here ships only en-US (mm/dd/yyyy), so the
   * order is found once with a throwaway page (see `dateFieldOrder`).
   */
  async fillDate(field: string | Locator, iso: string): Promise<void> {
    const input = typeof field === 'string' ? this.page.getByLabel(field, { exact: true }) : field;
    const order = await dateFieldOrder(this.page);
    await this.tabTo(input);
    await this.type(dateKeys(iso, order));
    await expect(input).toHaveValue(iso);
  }

  /** A <select>: arrow down (the keyboard way in Chromium) until the option is selected. */
  async choose(field: string | Locator, optionLabel: string): Promise<void> {
    const select = typeof field === 'string' ? this.page.getByLabel(field, { exact: true }) : field;
    await this.tabTo(select);
    const count = await select.locator('option').count();
    for (let i = 0; i <= count; i++) {
      const current = await select.evaluate(
        (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
      );
      if (current === optionLabel) return;
      await this.press('ArrowDown');
    }
    throw new Error(`option ${optionLabel} not reached in ${select.toString()}`);
  }

  /** Tab to "Fortsätt" / "Continue" and press Enter; wait until the page has changed. */
  async continue(name: string | RegExp = /^(Fortsätt|Continue)$/): Promise<void> {
    const before = this.page.url();
    await this.activate(this.page.getByRole('button', { name, exact: typeof name === 'string' }));
    await expect.poll(() => this.page.url()).not.toBe(before);
  }

  /** Tab to a link by its accessible name and follow it with Enter. */
  async followLink(name: string | RegExp, scope: Page | Locator = this.page): Promise<void> {
    const link = scope.getByRole('link', { name, exact: typeof name === 'string' }).first();
    const before = this.page.url();
    await this.activate(link);
    await expect.poll(() => this.page.url()).not.toBe(before);
  }
}

// ---- native date inputs ---------------------------------------------------------------------------

export type DateOrder = 'ymd' | 'mdy' | 'dmy';
const dateOrders = new WeakMap<object, Promise<DateOrder>>();

/** The keys that type an ISO date into a native date input whose parts come in `order`. */
export function dateKeys(iso: string, order: DateOrder): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  const parts = { y, m, d };
  return [...order].map((k) => parts[k as 'y' | 'm' | 'd']).join('-');
}

/** Which order this browser's date inputs take their parts in (one probe per browser). */
export function dateFieldOrder(page: Page): Promise<DateOrder> {
  const browser = page.context().browser() ?? page.context();
  let found = dateOrders.get(browser);
  if (!found) {
    found = (async () => {
      const probe = await page.context().newPage();
      try {
        for (const order of ['ymd', 'mdy', 'dmy'] as const) {
          await probe.setContent('<input type="date" id="d">');
          await probe.focus('#d');
          await probe.keyboard.type(dateKeys('2026-03-15', order));
          if ((await probe.inputValue('#d')) === '2026-03-15') return order;
        }
        throw new Error('no known order of date parts');
      } finally {
        await probe.close();
      }
    })();
    dateOrders.set(browser, found);
  }
  return found;
}

// ---- small helpers ----------------------------------------------------------------------------

/** A row of "Kontrollera dina svar": the answer shown for a question label. */
export function answerRow(page: Page, label: string): Locator {
  return page
    .locator('.summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
