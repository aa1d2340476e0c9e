/**
 * For every shipped example (iterating over public/examples/index.json): the review screen's
 * conclusion and the case list's status say what `caseConclusion` says, which is what page one
 * of the appendix shows (test/unit/example-consistency.test.ts).
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RuleContextContext } from '../../src/session/rule-context';
import { newTestSession } from '../helpers/session';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { caseConclusion, summarise } from '../../src/checklist/rules';
import type { PartKey } from '../../src/checklist/rules';
import { createCaseRepository } from '../../src/storage/case-storage';
import { HomePage } from '../../src/ui/cases/HomePage';
import { ReviewPage } from '../../src/ui/review/ReviewPage';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';
import { renderWithI18n } from '../helpers/render';

interface IndexEntry {
  file: string;
  lang: 'sv' | 'en';
}
const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as IndexEntry[];
const ctx = shippedContext();
const allParts: PartKey[] = ['child', 'minorities', 'otherGrounds'];

beforeEach(() => {
  localStorage.clear();
  newTestSession();
});

describe.each(index)('the example $file', ({ file, lang }) => {
  const c = loadExample(file);
  const conclusion = caseConclusion(summarise(c.answers, ctx));
  const t = nodeTranslator(lang);
  const list = (items: number[]) =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(items.map(String));

  it('gets the same conclusion on the review screen', async () => {
    window.location.hash = '#/review';
    const user = userEvent.setup();
    await renderWithI18n(
      <RuleContextContext.Provider value={ctx}>
        <ReviewPage />
      </RuleContextContext.Provider>,
      lang,
    );
    const text = readFileSync(`${examplesDir}${file}`, 'utf8');
    await user.upload(
      screen.getByLabelText(t('review:file.label')),
      new File([text], file, { type: 'application/json' }),
    );
    const region = await screen.findByRole('region', { name: t('review:conclusion.heading') });
    const lead =
      conclusion.kind === 'can-go-on'
        ? t('review:conclusion.canGoOn')
        : conclusion.steps.length > 0
          ? t('review:conclusion.sendBack', { steps: list(conclusion.steps) })
          : conclusion.samiBlocked
            ? t('rules:sami.blocked')
            : t('review:conclusion.sendBackParts');
    expect(within(region).getByText(lead)).toBeInTheDocument();
    // An unmet Sami consultation duty is said in plain words whatever the SKR steps say.
    const sami = within(region).queryByText(t('rules:sami.blocked'));
    if (conclusion.kind === 'send-back' && conclusion.samiBlocked) expect(sami).toBeInTheDocument();
    else expect(sami).toBeNull();
    expect(region).toHaveClass(
      conclusion.kind === 'can-go-on' ? 'review-conclusion--ok' : 'review-conclusion--back',
    );
    // The specific reason why the child part is not met is stated on the screen.
    const child = summarise(c.answers, ctx).child;
    if (child.kind === 'not-met') {
      for (const r of child.reasons.filter((x) => x.startsWith('shortfall.c'))) {
        expect(screen.getByText(t(`rules:${r}`))).toBeInTheDocument();
      }
    }
    for (const p of allParts) {
      const named = within(region).queryByText(t(`rules:verdict.${p}.notMet`));
      if (conclusion.parts.includes(p)) expect(named, p).toBeInTheDocument();
      else expect(named, p).not.toBeInTheDocument();
    }
  });

  it('gets the same status in the case list', async () => {
    window.location.hash = '#/';
    expect(createCaseRepository(localStorage).save(c).status).toBe('ok');
    await renderWithI18n(
      <RuleContextContext.Provider value={ctx}>
        <HomePage />
      </RuleContextContext.Provider>,
      lang,
    );
    const title = String(c.answers['a.title']);
    const row = (await screen.findByRole('rowheader', { name: title })).closest('tr');
    if (!row) throw new Error(`no row for ${title}`);
    const steps = conclusion.kind === 'send-back' ? conclusion.steps : [];
    if (steps.length > 0) {
      expect(
        within(row).getByText(t('cases:status.needsCompletion', { steps: steps.join(', ') })),
      ).toBeInTheDocument();
    }
    for (const p of allParts) {
      const tag = within(row).queryByText(t(`cases:status.parts.${p}`));
      if (conclusion.parts.includes(p)) expect(tag, p).toBeInTheDocument();
      else expect(tag, p).not.toBeInTheDocument();
    }
  });
});
