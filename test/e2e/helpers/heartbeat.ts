/**
 * Is the page's main thread free while something heavy happens (a hostile file read, a Word
 * export)? startHeartbeat before the action, expectResponsive after it.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * The budget: no hostile file may freeze the main thread for more than 200 ms, i.e. no
 * single task of the page's main thread may cost 200 ms. Three measures are taken:
 *
 * - the in-page heartbeat (a 20 ms interval): the longest gap between ticks;
 * - the Long Tasks API (PerformanceObserver 'longtask'): the longest task of the page's main
 *   thread, in wall-clock time;
 * - a Chromium trace of the page: the main-thread CPU time (thread time) of its longest task.
 *
 * On a loaded two-core CI machine the first two include time the OS did not run the renderer at
 * all: a task that cost 7 ms of CPU has shown up as a 149 ms long task and a 265 ms one under a
 * load average of 22 (many browsers and builds on two cores). So the 200 ms budget is asserted on
 * the thread time of the longest task, which is what our code costs the main thread, and the
 * wall-clock measures only guard against a real freeze (FROZEN_MS). With the Word export of the
 * large case on the main thread instead of its worker, the longest task cost 234 ms of CPU (1.4 s
 * wall clock) and the test fails; through the worker it cost 21 ms. The .docx reader's code is
 * also checked not to load on the page at all (hostile.spec.ts).
 */
export const BUDGET_MS = 200;
const FROZEN_MS = 1000;

/** The trace categories that record each main-thread task with its thread time. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface Heartbeat {
  /** The longest gap between two heartbeat ticks, ms. */
  maxGap: number;
  /** The longest main-thread long task (Long Tasks API, wall clock), ms (0: none over 50 ms). */
  longestTask: number;
  /** The main-thread CPU time of the most expensive task in the trace, ms. */
  longestTaskCpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** The largest thread time (ms) of a task on a renderer main thread in a Chromium trace. */
function longestMainThreadTaskCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let max = 0;
  for (const e of events)
    if (e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
      max = Math.max(max, (e.tdur ?? 0) / 1000);
  return max;
}

function browserOf(page: Page) {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  return browser;
}

/**
 * Wait until the page has run no long task for `quietMs` (at most `maxMs`), so that a measure
 * started next sees the action under test, not the end of the page's own rendering.
 */
export async function waitForQuiet(page: Page, quietMs = 500, maxMs = 10_000) {
  await page.evaluate(
    ([quiet, max]) =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let last = started;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
        });
        observer.observe({ type: 'longtask', buffered: true });
        const check = () => {
          const now = performance.now();
          if (now - last >= quiet || now - started >= max) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 50);
        };
        setTimeout(check, quiet);
      }),
    [quietMs, maxMs] as const,
  );
}

/** Start the heartbeat (a 20 ms interval recording the longest gap) and a long-task observer. */
export async function startHeartbeat(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      __maxGap: number;
      __tasks: { start: number; duration: number }[];
      __beat?: number;
      __longTasks?: PerformanceObserver;
    };
    w.__maxGap = 0;
    w.__tasks = [];
    let last = performance.now();
    if (w.__beat) clearInterval(w.__beat);
    w.__beat = window.setInterval(() => {
      const now = performance.now();
      w.__maxGap = Math.max(w.__maxGap, now - last);
      last = now;
    }, 20);
    w.__longTasks?.disconnect();
    w.__longTasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, duration: e.duration });
    });
    w.__longTasks.observe({ type: 'longtask' });
  });
  await browserOf(page).startTracing(page, { categories: TRACE_CATEGORIES });
}

/** Read the heartbeat after a frame (so the long-task observer has delivered its entries). */
export async function readHeartbeat(page: Page): Promise<Heartbeat> {
  const wall = await page.evaluate(
    () =>
      new Promise<Omit<Heartbeat, 'longestTaskCpu'>>((resolve) => {
        requestAnimationFrame(() =>
          setTimeout(() => {
            const w = window as unknown as {
              __maxGap: number;
              __tasks: { start: number; duration: number }[];
              __since?: number;
            };
            const since = w.__since ?? 0;
            const counted = w.__tasks.filter((e) => e.start + e.duration >= since);
            resolve({
              maxGap: w.__maxGap,
              longestTask: Math.max(0, ...counted.map((e) => e.duration)),
            });
          }, 0),
        );
      }),
  );
  const longestTaskCpu = longestMainThreadTaskCpu(await browserOf(page).stopTracing());
  return { ...wall, longestTaskCpu };
}

/**
 * Count only long tasks (Long Tasks API) from the next click on, the task that runs the click
 * handler included: what Playwright does before it clicks (scrolling the target into view,
 * hovering it) is the test driver's work, not the app's.
 */
export async function measureFromNextClick(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __since?: number };
    delete w.__since;
    document.addEventListener(
      'click',
      () => {
        w.__since = performance.now();
      },
      { capture: true, once: true },
    );
  });
}

/** Read the heartbeat, note it in the report (annotation "main thread") and check the budget. */
export async function expectResponsive(page: Page, label: string): Promise<Heartbeat> {
  const beat = await readHeartbeat(page);
  test.info().annotations.push({
    type: 'main thread',
    description:
      `${label}: longest task ${Math.round(beat.longestTaskCpu)} ms main-thread CPU ` +
      `(${Math.round(beat.longestTask)} ms wall clock), longest heartbeat gap ${Math.round(beat.maxGap)} ms`,
  });
  expect(beat.longestTaskCpu, `${label}: main-thread CPU of the longest task`).toBeLessThan(
    BUDGET_MS,
  );
  expect(beat.longestTask, `${label}: longest main-thread long task`).toBeLessThan(FROZEN_MS);
  expect(beat.maxGap, `${label}: longest heartbeat gap`).toBeLessThan(FROZEN_MS);
  return beat;
}
