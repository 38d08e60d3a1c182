/**
 * Gives the browser the main thread back for a moment (input, paint), then continues: `scheduler.yield()`
 * where the browser has it (the continuation keeps its place in the queue), else a new task. Used between
 * the steps of a page's start-up so none of them is one long task on a slow phone.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
