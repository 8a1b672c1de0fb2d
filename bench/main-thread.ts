/**
 * Reads a Chromium trace (puppeteer `page.tracing`) for the main thread of one page and splits
 * its task time at the page's `load` event. Used by bench/browser.bench.ts.
 *
 * Why a trace and not CDP `Performance.getMetrics` (TaskDuration): the metric is one running
 * total, so "until load" would have to be read at the right instant from Node, racing the page's
 * own idle callbacks. The trace has every task with its start time and the `loadEventEnd` mark,
 * so the split is exact, and it says what ran inside each long task.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown>; fileName?: string; frame?: string };
}

export interface MainThreadSplit {
  /** Task time from the first parse of the page's HTML to the end of the `load` event, ms. */
  untilLoadMs: number;
  /** Task time after the `load` event until the trace stopped, ms. */
  afterLoadMs: number;
  /** The same two as CPU time of the main thread (not counting time it waited or was descheduled), ms. */
  untilLoadCpuMs: number;
  afterLoadCpuMs: number;
  /** Tasks over 50 ms (the Long Tasks API threshold) from the first parse on, ms each. */
  longTasks: number[];
  /** The long tasks in which Learnflow's code ran (see `ranLearnflow`), ms each. */
  learnflowLongTasks: number[];
}

const LONG_TASK_US = 50_000;

/** JS entry points inside a task. */
const JS_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'RunMicrotasks', 'FireIdleCallback', 'TimerFire', 'FireAnimationFrame']);

function urlOf(event: TraceEvent): string {
  const data = event.args?.data;
  const url = typeof data?.url === 'string' ? data.url : '';
  return url || event.args?.fileName || '';
}

/**
 * Whether Learnflow's code ran inside a task. On the bench's host page the only scripts are the
 * inline snippet and two PerformanceObservers (classic scripts, no timers, no promises), so any
 * module evaluation, microtask checkpoint, idle callback or timer is ours, as is anything whose
 * script URL is under /script/ (learn.js and its chunks).
 */
function ranLearnflow(inside: TraceEvent[], scriptPath: string): boolean {
  return inside.some((e) => {
    if (!JS_EVENTS.has(e.name)) return false;
    if (e.name === 'v8.evaluateModule' || e.name === 'RunMicrotasks' || e.name === 'FireIdleCallback' || e.name === 'TimerFire') return true;
    return urlOf(e).includes(scriptPath);
  });
}

/**
 * Splits the main-thread task time of the page whose URL contains `pageUrl` at its `load` event.
 * `scriptPath` identifies Learnflow's scripts (e.g. '/script/').
 */
export function splitMainThread(events: TraceEvent[], pageUrl: string, scriptPath: string): MainThreadSplit {
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(pageUrl));
  if (!nav) throw new Error(`no navigationStart for ${pageUrl} in the trace`);
  const main = events.find((e) => e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  const load = events.find((e) => e.name === 'loadEventEnd' && e.pid === nav.pid && e.ts >= nav.ts);
  if (!load) throw new Error(`the page ${pageUrl} never finished loading in the trace`);
  // From the task that starts parsing the page's HTML: what comes before it (committing the
  // navigation, a new renderer's start-up, unloading about:blank) is the browser's, the same with
  // or without Learnflow, and by far the noisiest part of a cold load.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.pid === nav.pid && e.ts >= nav.ts && String(e.args?.beginData?.url ?? '').includes(pageUrl));
  if (!parse) throw new Error(`the page ${pageUrl} was never parsed in the trace`);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ts >= nav.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined && e.ts + e.dur >= parse.ts);
  const split: MainThreadSplit = { untilLoadMs: 0, afterLoadMs: 0, untilLoadCpuMs: 0, afterLoadCpuMs: 0, longTasks: [], learnflowLongTasks: [] };
  for (const task of tasks) {
    const dur = task.dur!;
    const cpu = task.tdur ?? dur;
    // A task that started before the load event ended belongs to loading (the load event runs in one).
    if (task.ts <= load.ts) {
      split.untilLoadMs += dur / 1000;
      split.untilLoadCpuMs += cpu / 1000;
    } else {
      split.afterLoadMs += dur / 1000;
      split.afterLoadCpuMs += cpu / 1000;
    }
    if (dur <= LONG_TASK_US) continue;
    split.longTasks.push(dur / 1000);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts <= task.ts + dur);
    if (ranLearnflow(inside, scriptPath)) split.learnflowLongTasks.push(dur / 1000);
  }
  return split;
}

/** Trace categories `splitMainThread` needs (RunTask, JS entry points, navigation and load marks). */
export const MAIN_THREAD_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.execute', 'blink.user_timing'];
