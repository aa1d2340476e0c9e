import { describe, expect, it, vi } from 'vitest';
import { createListeners, createStore } from '../../src/session/external-store';

describe('createListeners', () => {
  it('calls every subscribed listener with the emitted value', () => {
    const l = createListeners<number>();
    const a = vi.fn();
    const b = vi.fn();
    l.subscribe(a);
    l.subscribe(b);
    l.emit(7);
    expect(a).toHaveBeenCalledWith(7);
    expect(b).toHaveBeenCalledWith(7);
  });

  it('stops calling a listener once it unsubscribed, also when it unsubscribes while being called', () => {
    const l = createListeners();
    const calls: string[] = [];
    const offA = l.subscribe(() => {
      calls.push('a');
      offA();
    });
    l.subscribe(() => calls.push('b'));
    l.emit();
    l.emit();
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('calls nobody after clear', () => {
    const l = createListeners<string>();
    const a = vi.fn();
    l.subscribe(a);
    l.clear();
    l.emit('x');
    expect(a).not.toHaveBeenCalled();
  });
});

describe('createStore', () => {
  it('returns the initial value and then the value set, telling subscribers of each change', () => {
    const s = createStore({ n: 1 });
    const onChange = vi.fn();
    s.subscribe(onChange);
    expect(s.getSnapshot()).toEqual({ n: 1 });
    s.set({ n: 2 });
    s.update((v) => ({ n: v.n + 1 }));
    expect(s.getSnapshot()).toEqual({ n: 3 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps the same snapshot and stays quiet when the value set is the same one', () => {
    const value = { n: 1 };
    const s = createStore(value);
    const onChange = vi.fn();
    s.subscribe(onChange);
    s.set(value);
    s.update((v) => v);
    expect(s.getSnapshot()).toBe(value);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('calls a store listener without arguments, as useSyncExternalStore expects', () => {
    const s = createStore(0);
    const onChange = vi.fn();
    const off = s.subscribe(onChange);
    s.set(1);
    expect(onChange).toHaveBeenCalledWith();
    off();
    s.set(2);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
