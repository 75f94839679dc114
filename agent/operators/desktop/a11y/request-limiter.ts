/**
 * Bounded concurrency for D-Bus requests: the tree reader pipelines many
 * calls, but a toolkit answers slowly when flooded.
 */

/** Run at most `concurrency` tasks at once; `when`: true (later) starts only when no other task waits, 'first' before all waiting. */
export function limiter(concurrency: number): <T>(task: () => Promise<T>, when?: boolean | 'first') => Promise<T> {
  let running = 0;
  const soon: (() => void)[] = [];
  const afterwards: (() => void)[] = [];
  const next = () => {
    if (running >= concurrency) return;
    const start = soon.shift() ?? afterwards.shift();
    if (start) {
      running++;
      start();
    }
  };
  return <T>(task: () => Promise<T>, when: boolean | 'first' = false) =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        let started: Promise<T>;
        try {
          started = task();
        } catch (error) {
          started = Promise.reject(error);
        }
        started.then(resolve, reject).finally(() => {
          running--;
          next();
        });
      };
      if (when === 'first') soon.unshift(run);
      else (when ? afterwards : soon).push(run);
      next();
    });
}
