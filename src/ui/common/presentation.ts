/**
 * Presentation mode for trainers on a projector: larger text, wider spacing and
 * the "why we ask" and example help shown open. Module state (not stored: it is
 * a property of this session on this screen) mirrored as the class
 * `presentation` on <html>, so plain CSS (demo.css) does the layout.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from '../../session/external-store';

export const PRESENTATION_CLASS = 'presentation';

const mode = createStore(false);

export function setPresentation(next: boolean): void {
  if (next === mode.getSnapshot()) return;
  if (typeof document !== 'undefined') {
    document.documentElement.classList.toggle(PRESENTATION_CLASS, next);
  }
  mode.set(next);
}

/** Whether presentation mode is on; re-renders the caller when it changes. */
export function usePresentation(): boolean {
  return useSyncExternalStore(mode.subscribe, mode.getSnapshot, () => false);
}
