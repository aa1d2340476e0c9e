/**
 * The one listener helper of the app. `createListeners` is a typed set of
 * callbacks (subscribe / emit / clear); `createStore` adds a value on top, in
 * the shape React's `useSyncExternalStore` wants (`subscribe`, `getSnapshot`).
 *
 * Listeners are called on a copy of the set, so a listener may unsubscribe
 * itself (or another) while being called. Pure: no React, no DOM.
 */

export interface Listeners<T = void> {
  /** Add a listener; returns its unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
  clear(): void;
}

export function createListeners<T = void>(): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(value) {
      for (const l of [...set]) l(value);
    },
    clear() {
      set.clear();
    },
  };
}

export interface Store<T> {
  /** For useSyncExternalStore: called with no argument on every change. */
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
  /** Replace the value; listeners hear of it only when it changed (Object.is). */
  set(next: T): void;
  /** Set from the current value. */
  update(change: (current: T) => T): void;
  clear(): void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = createListeners();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    listeners.emit();
  };
  return {
    subscribe: (listener) => listeners.subscribe(() => listener()),
    getSnapshot: () => value,
    set,
    update: (change) => set(change(value)),
    clear: () => listeners.clear(),
  };
}
