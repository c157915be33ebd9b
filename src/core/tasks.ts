/**
 * Long work split into short tasks, so a person's key press or click is never kept waiting: a
 * component renders a long list in slices and validates a long document in chunks, and lets the
 * browser handle input (and paint) between them. Nothing here runs at module evaluation.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, after pending input has been handled: `scheduler.yield()` where the
 * browser has it, else a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in the first task after the next frame has been rendered (so work done then is laid
 * out in the frame after), with the milliseconds the frame took from its animation callbacks to
 * that task (style, layout, paint); after 100 ms with 0 when no frame comes (a hidden tab renders none).
 */
export function afterFrame(): Promise<number> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(0);
    }, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      const start = performance.now();
      setTimeout(() => {
        resolve(performance.now() - start);
      }, 0);
    });
  });
}

/**
 * The next slice size: the last one scaled so that its work (`ms`: script and frame) fits in
 * {@link TASK_BUDGET}, between `min` and `max`.
 */
export function nextSlice(size: number, ms: number, min = 10, max = 200): number {
  if (!(ms > 0)) return size;
  return Math.max(min, Math.min(max, Math.round((size * TASK_BUDGET) / ms)));
}

/** Milliseconds of work one task may do before it yields (a long task is over 50 ms). */
export const TASK_BUDGET = 16;
