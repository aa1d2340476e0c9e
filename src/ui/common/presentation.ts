/**
 * Presentation mode for trainers on a projector: larger text, wider spacing and
 * the "why we ask" and example help shown open. Module state (not stored: it is
 * a property of this session on this screen) mirrored as the class
 * `presentation` on <html>, so plain CSS (demo.css) does the layout.
 */
import { useSyncExternalStore } from 'react';

export const PRESENTATION_CLASS = 'presentation';

let on = false;
const listeners = new Set<() => void>();

function subscribe(l: () => void) {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

const getSnapshot = () => on;

export function setPresentation(next: boolean): void {
  if (next === on) return;
  on = next;
  if (typeof document !== 'undefined') {
    document.documentElement.classList.toggle(PRESENTATION_CLASS, on);
  }
  for (const l of listeners) l();
}

/** Whether presentation mode is on; re-renders the caller when it changes. */
export function usePresentation(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
