/**
 * The running demo: which example it came from and a pristine copy for "reset".
 * Demo cases are opened in the case store as SANDBOX cases (never saved; the
 * case gate uses an open sandbox case as is), under an id prefixed `demo-`
 * so they can never be mistaken for, or collide with, a real case.
 */
import { useSyncExternalStore } from 'react';
import { caseStore } from '../../session/case-store';
import { createStore } from '../../session/external-store';
import type { CaseStore } from '../../session/case-store';
import type { Case } from '../../checklist/schema';
import { newCaseId } from '../../storage/case-storage';
import { setPresentation } from '../common/presentation';

export const DEMO_ID_PREFIX = 'demo-';

export interface DemoSession {
  demoId: string;
  /** The example file it was started from, e.g. `snorojning.sv.json`. */
  file: string;
  /** The example as shipped, already under `demoId`; reset reopens it. */
  pristine: Case;
}

const running = createStore<DemoSession | null>(null);

export function useDemoSession(): DemoSession | null {
  return useSyncExternalStore(running.subscribe, running.getSnapshot, running.getSnapshot);
}

function openPristine(s: DemoSession, store: CaseStore) {
  // A fresh object every time: the store compares answers by identity.
  store.open({
    case: { ...s.pristine, answers: { ...s.pristine.answers } },
    readOnly: false,
    sandbox: true,
  });
}

/** Open an example as a new sandbox case; returns its id. */
export function startDemo(example: Case, file: string, store: CaseStore = caseStore): string {
  const demoId = `${DEMO_ID_PREFIX}${newCaseId()}`;
  const session: DemoSession = { demoId, file, pristine: { ...example, id: demoId } };
  openPristine(session, store);
  running.set(session);
  return demoId;
}

/** Back to the example as shipped, same id. False when no demo is running. */
export function resetDemo(store: CaseStore = caseStore): boolean {
  const session = running.getSnapshot();
  if (!session) return false;
  openPristine(session, store);
  return true;
}

/** Close the sandbox (if it is still the open case) and leave presentation mode. */
export function endDemo(store: CaseStore = caseStore): void {
  const open = store.getSnapshot();
  if (open?.sandbox) store.open(null);
  running.set(null);
  setPresentation(false);
}
