import { describe, expect, it } from 'vitest';
import { QUIET_MS, runWhenQuiet } from '../../src/app/quiet-queue';
import type { QuietEnv } from '../../src/app/quiet-queue';

/** A hand-driven clock: timers and idle callbacks run only when the test says so. */
function fakeEnv() {
  let t = 0;
  let last = -Infinity;
  let timers: { at: number; fn: () => void }[] = [];
  let idles: (() => void)[] = [];
  const env: QuietEnv = {
    now: () => t,
    lastInput: () => last,
    later: (fn, ms) => timers.push({ at: t + ms, fn }),
    idle: (fn) => idles.push(fn),
  };
  const flushMicrotasks = () => new Promise((r) => setTimeout(r, 0));
  return {
    env,
    type() {
      last = t;
    },
    advance(ms: number) {
      t += ms;
      const due = timers.filter((x) => x.at <= t);
      timers = timers.filter((x) => x.at > t);
      for (const x of due) x.fn();
    },
    async runIdle() {
      const now = idles;
      idles = [];
      for (const fn of now) fn();
      await flushMicrotasks();
    },
    pendingIdle: () => idles.length,
  };
}

describe('runWhenQuiet', () => {
  it('runs one step per idle moment, in order', async () => {
    const f = fakeEnv();
    const ran: string[] = [];
    runWhenQuiet([() => ran.push('a'), () => ran.push('b'), () => ran.push('c')], f.env);
    await f.runIdle();
    expect(ran).toEqual(['a']);
    await f.runIdle();
    await f.runIdle();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(f.pendingIdle()).toBe(0);
  });

  it('waits while the officer types and starts a second after the last key', async () => {
    const f = fakeEnv();
    const ran: string[] = [];
    f.type();
    runWhenQuiet([() => ran.push('a')], f.env);
    expect(f.pendingIdle()).toBe(0);
    f.advance(QUIET_MS / 2);
    f.type();
    f.advance(QUIET_MS / 2);
    expect(f.pendingIdle()).toBe(0);
    f.advance(QUIET_MS / 2);
    expect(f.pendingIdle()).toBe(1);
    await f.runIdle();
    expect(ran).toEqual(['a']);
  });

  it('does not run a step when a key was typed between the request and the idle moment', async () => {
    const f = fakeEnv();
    const ran: string[] = [];
    runWhenQuiet([() => ran.push('a')], f.env);
    f.type();
    await f.runIdle();
    expect(ran).toEqual([]);
    f.advance(QUIET_MS);
    await f.runIdle();
    expect(ran).toEqual(['a']);
  });

  it('goes on after a failing step, and stops when told', async () => {
    const f = fakeEnv();
    const ran: string[] = [];
    const stop = runWhenQuiet(
      [() => Promise.reject(new Error('offline')), () => ran.push('b'), () => ran.push('c')],
      f.env,
    );
    await f.runIdle();
    await f.runIdle();
    expect(ran).toEqual(['b']);
    stop();
    await f.runIdle();
    expect(ran).toEqual(['b']);
  });
});
