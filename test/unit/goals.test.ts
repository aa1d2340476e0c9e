import { describe, expect, it } from 'vitest';
import { orgGoalText } from '../../src/checklist/goals';
import type { OrgGoal } from '../../src/checklist/types';

const edited: OrgGoal[] = [{ id: 'g1', sv: 'Lika lön i hela regionen', en: 'Equal pay' }];
const unchanged: OrgGoal[] = [{ id: 'g1', sv: 'Lika lön', en: 'Equal pay' }];

describe('the text of an organisation goal', () => {
  it('is the stored snapshot after an administrator has edited the goal', () => {
    const ref = { id: 'org:g1', text: 'Lika lön' };
    expect(orgGoalText(ref, edited, 'sv')).toBe('Lika lön');
    expect(orgGoalText(ref, edited, 'en')).toBe('Lika lön');
  });

  it('is the configured English text while the Swedish text still equals the snapshot', () => {
    expect(orgGoalText({ id: 'org:g1', text: 'Lika lön' }, unchanged, 'en')).toBe('Equal pay');
    expect(orgGoalText({ id: 'org:g1', text: 'Lika lön' }, unchanged, 'sv')).toBe('Lika lön');
  });

  it('is the configured text for a reference stored without a snapshot', () => {
    expect(orgGoalText({ id: 'org:g1' }, edited, 'sv')).toBe('Lika lön i hela regionen');
    expect(orgGoalText({ id: 'org:g1' }, edited, 'en')).toBe('Equal pay');
  });

  it('is the snapshot of a goal the organisation no longer has, else its id', () => {
    expect(orgGoalText({ id: 'org:old', text: 'Jämställd rekrytering' }, edited, 'sv')).toBe(
      'Jämställd rekrytering',
    );
    expect(orgGoalText({ id: 'org:old' }, edited, 'sv')).toBe('old');
  });
});
