import { describe, expect, it } from 'vitest';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { caseWith, shippedContext } from '../helpers/appendix-fixtures';

const sv = nodeTranslator('sv');
const ctx = shippedContext();

const hostile = '$t(appendix:header.title) $t(common:notFound.title)';

describe('option values from a file', () => {
  it('are shown as plain text in the appendix when they are not options of the question', () => {
    const c = caseWith({
      'a.title': 'Ärende',
      'b1.affects': hostile,
      'd.affects': 'ja',
      'd.minorities': [hostile, 'appendix:unanswered'],
      'b5.goals': [{ id: 'national-$t(appendix:unanswered)' }],
    });
    const text = JSON.stringify(buildAppendix(c, { t: sv, lng: 'sv', ctx }));
    expect(text).toContain(hostile.replace(/"/g, '\\"'));
    // Nothing pulled in from other keys.
    expect(text).not.toContain('Sidan finns inte');
  });

  it('are still translated when they are options of the question', () => {
    const c = caseWith({ 'a.title': 'Ärende', 'b1.affects': 'ja' });
    const text = JSON.stringify(buildAppendix(c, { t: sv, lng: 'sv', ctx }));
    expect(text).not.toContain('"ja"');
  });
});
