/**
 * Runs background steps (loading the next screens) one at a time, each in an idle moment and only
 * once the officer has not typed for `QUIET_MS`. Evaluating a chunk is main-thread work: run while
 * someone types, it lands between two keystrokes and the letters appear late (on a slow laptop the
 * first second of typing stuttered while the journey screens loaded).
 */
export const QUIET_MS = 1000;

export interface QuietEnv {
  now(): number;
  /** When the officer last typed (keydown or input), in `now()` time; -Infinity if never. */
  lastInput(): number;
  later(fn: () => void, ms: number): void;
  /** Call `fn` when the browser is idle. */
  idle(fn: () => void): void;
}

/** Run `steps` in order, each when quiet; a failing step does not stop the next. Returns a stop. */
export function runWhenQuiet(steps: readonly (() => unknown)[], env: QuietEnv): () => void {
  let i = 0;
  let stopped = false;
  const next = (): void => {
    if (stopped || i >= steps.length) return;
    const wait = env.lastInput() + QUIET_MS - env.now();
    if (wait > 0) {
      env.later(next, wait);
      return;
    }
    env.idle(() => {
      if (stopped) return;
      // Typed while waiting for the idle moment: wait for quiet again.
      if (env.now() - env.lastInput() < QUIET_MS) return next();
      const step = steps[i++];
      void Promise.resolve()
        .then(step)
        .catch(() => {
          /* a failed prefetch is loaded again when the screen is opened */
        })
        .finally(next);
    });
  };
  next();
  return () => {
    stopped = true;
  };
}

/** The browser's clock, idle callback and the time of the last keystroke anywhere on the page. */
export function browserQuietEnv(): QuietEnv {
  let last = -Infinity;
  const typed = () => {
    last = performance.now();
  };
  for (const type of ['keydown', 'input'] as const)
    window.addEventListener(type, typed, { capture: true, passive: true });
  return {
    now: () => performance.now(),
    lastInput: () => last,
    later: (fn, ms) => window.setTimeout(fn, ms),
    idle: (fn) => {
      // Engines without requestIdleCallback (Safari before 2024): a zero timeout.
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(() => fn(), { timeout: 2000 });
      else setTimeout(fn, 0);
    },
  };
}
