import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../src/session/case-store';
import { newCase } from '../../src/checklist/schema';
import type { Case } from '../../src/checklist/schema';
import type { Decision } from '../../src/checklist/decision';

const decision: Decision = {
  outcome: 'aterremiss',
  date: '2026-03-17',
  paragraph: '§ 45',
  steps: [4],
  parts: [],
};
const at = new Date('2026-03-18T09:00:00Z');

function storeWith(readOnly: boolean, sandbox = false) {
  const saved: Case[] = [];
  const store = new CaseStore((c) => saved.push(c));
  store.open({ case: newCase('c1', new Date('2026-03-01T10:00:00Z')), readOnly, sandbox });
  return { store, saved };
}

describe('CaseStore.setDecision', () => {
  it('records the decision, stamps the case and hands it to autosave', () => {
    const { store, saved } = storeWith(false);
    store.setDecision(decision, at);
    expect(store.getSnapshot()?.case.decision).toEqual(decision);
    expect(store.getSnapshot()?.case.updatedAt).toBe(at.toISOString());
    expect(saved.map((c) => c.decision)).toEqual([decision]);
  });

  it('removes the decision so that the case has no decision key', () => {
    const { store, saved } = storeWith(false);
    store.setDecision(decision, at);
    store.setDecision(undefined, at);
    expect(store.getSnapshot()?.case).not.toHaveProperty('decision');
    expect(saved).toHaveLength(2);
    expect(saved[1]).not.toHaveProperty('decision');
  });

  it('changes nothing in a read-only case, and saves nothing for a demo', () => {
    const ro = storeWith(true);
    ro.store.setDecision(decision, at);
    expect(ro.store.getSnapshot()?.case.decision).toBeUndefined();
    expect(ro.saved).toHaveLength(0);
    const demo = storeWith(false, true);
    demo.store.setDecision(decision, at);
    expect(demo.store.getSnapshot()?.case.decision).toEqual(decision);
    expect(demo.saved).toHaveLength(0);
  });
});
