import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import svPages from '../../locales/sv/pages.json';
import enPages from '../../locales/en/pages.json';
import { AboutPage } from '../../src/ui/pages/AboutPage';
import { AccessibilityPage } from '../../src/ui/pages/AccessibilityPage';
import { PrivacyPage } from '../../src/ui/pages/PrivacyPage';
import type { Language } from '../../src/i18n/i18n';
import { renderWithI18n } from '../helpers/render';

const pages: { name: string; ui: () => ReactElement; h1: Record<Language, string> }[] = [
  {
    name: 'about',
    ui: () => <AboutPage />,
    h1: { sv: 'Om metoden', en: 'About the method' },
  },
  {
    name: 'accessibility',
    ui: () => <AccessibilityPage organisationName="Region Exempel" />,
    h1: { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
  },
  {
    name: 'privacy',
    ui: () => <PrivacyPage onDeleteAll={() => {}} />,
    h1: { sv: 'Personuppgifter och lagring', en: 'Privacy and storage' },
  },
];

const LAW_NUMBERS = ['2018:1197', '2009:724', '2009:600', '2022:66', '2008:567', '2018:1937'];

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('content pages', () => {
  it('the English pages namespace has exactly the same keys as the Swedish one', () => {
    expect(keyPaths(enPages).sort()).toEqual(keyPaths(svPages).sort());
  });

  for (const page of pages) {
    for (const lng of ['sv', 'en'] as const) {
      it(`the ${page.name} page shows its one h1 and sets the document title in ${lng}`, async () => {
        await renderWithI18n(page.ui(), lng);
        expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
        expect(screen.getByRole('heading', { level: 1, name: page.h1[lng] })).toBeInTheDocument();
        expect(document.title).toBe(`${page.h1[lng]} – Underlagskollen`);
      });

      it(`the ${page.name} page never skips a heading level in ${lng}`, async () => {
        const { container } = await renderWithI18n(page.ui(), lng);
        const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
          Number(h.tagName.slice(1)),
        );
        expect(levels[0]).toBe(1);
        expect(levels.filter((l) => l === 2).length).toBeGreaterThan(1);
        for (let i = 1; i < levels.length; i++) {
          expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
        }
      });

      it(`the ${page.name} page has no link to another site in ${lng}`, async () => {
        const { container } = await renderWithI18n(page.ui(), lng);
        const external = [...container.querySelectorAll('a[href]')].filter((a) =>
          /^(https?:)?\/\//i.test(a.getAttribute('href') ?? ''),
        );
        expect(external).toEqual([]);
        // Nothing on the page can load a resource on its own either.
        expect(container.querySelectorAll('img, iframe, script, link, object, embed')).toHaveLength(
          0,
        );
      });
    }
  }
});

describe('about the method', () => {
  it('lists the six national gender-equality sub-goals in Swedish', async () => {
    await renderWithI18n(<AboutPage />, 'sv');
    const heading = screen.getByRole('heading', {
      level: 3,
      name: 'De sex jämställdhetspolitiska delmålen',
    });
    // The goals are the first ordered list after their heading.
    let goalList = heading.nextElementSibling;
    while (goalList && goalList.tagName !== 'OL') goalList = goalList.nextElementSibling;
    expect(goalList).not.toBeNull();
    const items = within(goalList as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    for (const [i, goal] of [
      'En jämn fördelning av makt och inflytande',
      'Ekonomisk jämställdhet',
      'Jämställd utbildning',
      'Jämn fördelning av det obetalda hem- och omsorgsarbetet',
      'Jämställd hälsa',
      'Mäns våld mot kvinnor ska upphöra',
    ].entries()) {
      expect(items[i]).toHaveTextContent(goal);
    }
  });

  it('lists the six sub-goals in English', async () => {
    await renderWithI18n(<AboutPage />, 'en');
    for (const goal of [
      'Gender-equal division of power and influence',
      'Economic gender equality',
      'Gender-equal education',
      'Equal distribution of unpaid housework and provision of care',
      'Gender-equal health',
      "Men's violence against women must stop",
    ]) {
      expect(screen.getByText(goal)).toBeInTheDocument();
    }
  });

  for (const lng of ['sv', 'en'] as const) {
    it(`names every law by its number in ${lng}`, async () => {
      const { container } = await renderWithI18n(<AboutPage />, lng);
      const lawsHeading = screen.getByRole('heading', {
        level: 2,
        name: lng === 'sv' ? 'Lagarna som metoden bygger på' : 'The laws the method builds on',
      });
      const lawList = lawsHeading.nextElementSibling as HTMLElement;
      expect(lawList.tagName).toBe('UL');
      for (const number of LAW_NUMBERS) {
        expect(lawList).toHaveTextContent(number);
      }
      expect(container).toHaveTextContent('2024');
    });

    it(`gives the places to read more as plain text addresses in ${lng}`, async () => {
      const { container } = await renderWithI18n(<AboutPage />, lng);
      for (const address of [
        'skr.se',
        'barnombudsmannen.se',
        'minoritet.se',
        'sametinget.se',
        'jamstalldhetsmyndigheten.se',
      ]) {
        expect(
          screen.getByText(new RegExp(`^${address.replace('.', '\\.')}:`)),
        ).toBeInTheDocument();
      }
      expect(container.querySelectorAll('a')).toHaveLength(0);
    });
  }

  it('explains that a step not met can send the case back for completion', async () => {
    await renderWithI18n(<AboutPage />, 'sv');
    expect(screen.getByText(/återremittera ärendet/)).toBeInTheDocument();
  });
});

describe('accessibility statement', () => {
  it('states partial compliance, the standard and the supervisory authority', async () => {
    await renderWithI18n(<AccessibilityPage />, 'sv');
    expect(screen.getByText(/delvis förenlig/)).toBeInTheDocument();
    expect(screen.getByText(/WCAG\) 2\.1 på nivå AA/)).toBeInTheDocument();
    expect(screen.getByText(/EN 301 549/)).toBeInTheDocument();
    expect(screen.getByText(/Myndigheten för digital förvaltning \(DIGG\)/)).toHaveTextContent(
      'digg.se',
    );
    expect(screen.getByText(/22 november 2026/)).toBeInTheDocument();
  });

  it('tells the reader to contact the named organisation, since the app sends nothing', async () => {
    await renderWithI18n(<AccessibilityPage organisationName="Region Exempel" />, 'sv');
    expect(
      screen.getByText(/Kontakta i stället IT-supporten eller registratorn hos Region Exempel\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/skickar inga uppgifter/)).toBeInTheDocument();
  });

  it('falls back to "your organisation" when no organisation name is configured', async () => {
    await renderWithI18n(<AccessibilityPage organisationName="  " />, 'en');
    expect(
      screen.getByText(/contact the IT support or the registry office in your organisation\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/last updated on 22 November 2026/)).toBeInTheDocument();
  });

  it('lists the known gaps honestly', async () => {
    await renderWithI18n(<AccessibilityPage />, 'sv');
    const heading = screen.getByRole('heading', { name: 'Bristande förenlighet med lagkraven' });
    const list = heading.parentElement!.querySelector('ul');
    expect(within(list!).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(list).toHaveTextContent('Word-bilagan');
  });
});

describe('privacy and storage', () => {
  it('says what is stored where and that nothing is sent', async () => {
    await renderWithI18n(<PrivacyPage />, 'sv');
    expect(screen.getByText(/localStorage/)).toBeInTheDocument();
    expect(screen.getByText(/service worker/)).toBeInTheDocument();
    expect(screen.getByText('Den använder inga kakor (cookies).')).toBeInTheDocument();
  });

  it('shows no delete button when no delete action is given', async () => {
    await renderWithI18n(<PrivacyPage />, 'sv');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for confirmation before deleting and calls the action exactly once', async () => {
    const user = userEvent.setup();
    const onDeleteAll = vi.fn();
    await renderWithI18n(<PrivacyPage onDeleteAll={onDeleteAll} />, 'sv');

    await user.click(screen.getByRole('button', { name: 'Radera all min data på den här datorn' }));
    expect(onDeleteAll).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Vill du radera allt?' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Ja, radera allt' }));
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent(
      'All din data i Underlagskollen är raderad från den här datorn.',
    );
    expect(screen.queryByRole('button', { name: 'Ja, radera allt' })).toBeNull();
  });

  it('cancelling the confirmation deletes nothing and returns focus to the delete button', async () => {
    const user = userEvent.setup();
    const onDeleteAll = vi.fn();
    await renderWithI18n(<PrivacyPage onDeleteAll={onDeleteAll} />, 'en');

    await user.click(screen.getByRole('button', { name: 'Delete all my data on this computer' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDeleteAll).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Delete all my data on this computer' }),
    ).toHaveFocus();
  });

  it('the delete flow works with the keyboard alone', async () => {
    const user = userEvent.setup();
    const onDeleteAll = vi.fn();
    await renderWithI18n(<PrivacyPage onDeleteAll={onDeleteAll} />, 'en');

    await user.tab();
    expect(
      screen.getByRole('button', { name: 'Delete all my data on this computer' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Yes, delete everything' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
  });

  it('says so in an alert when deleting fails', async () => {
    const user = userEvent.setup();
    const onDeleteAll = vi.fn(() => Promise.reject(new Error('storage locked')));
    await renderWithI18n(<PrivacyPage onDeleteAll={onDeleteAll} />, 'en');

    await user.click(screen.getByRole('button', { name: 'Delete all my data on this computer' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not everything could be deleted.');
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
  });
});
