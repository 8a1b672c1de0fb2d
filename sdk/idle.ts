/**
 * Scheduling Learnflow's own start-up behind the host's: `afterLoad(task)` (the launcher) and
 * `afterLoadIdle(task, timeout)` (the runtime, the panel chunk — everything nobody asked for yet).
 * Light on purpose: it is in the first-load bundle.
 */
type IdleWindow = Window & {
  requestIdleCallback?: (task: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `task` after the page's `load` event, in a task of its own: not inside the task that ends
 * loading (where the browser lays the host page out for the first time), so the two never add up
 * to one long task. At once when the page has already loaded.
 */
export function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else addEventListener('load', () => setTimeout(task), { once: true });
}

/**
 * Schedules `task` at the first idle period after `load` (at the latest `timeout` ms after it, for
 * a page that is never idle). Returns a function that cancels it if it has not run yet.
 */
export function afterLoadIdle(task: () => void, timeout: number): () => void {
  const win = window as IdleWindow;
  let handle: number | undefined;
  const schedule = () => {
    // Safari has no requestIdleCallback: a second after load stands in for idle.
    handle = win.requestIdleCallback ? win.requestIdleCallback(task, { timeout }) : window.setTimeout(task, 1000);
  };
  if (document.readyState === 'complete') schedule();
  else addEventListener('load', schedule, { once: true });
  return () => {
    removeEventListener('load', schedule);
    if (handle !== undefined) (win.cancelIdleCallback ?? clearTimeout)(handle);
  };
}
