/** The one abortable wait the operators share. */

/**
 * Wait `ms` milliseconds, or until `signal` aborts.
 *
 * Rejects with the signal's reason on abort (at once if it already aborted),
 * so a stopped run does not sit out a long `wait`. The abort listener is
 * removed when the timer fires: an operator sleeps after every action on the
 * same long-lived signal, and listeners left behind pile up until Node warns
 * (MaxListenersExceededWarning, after 10).
 * @param ms milliseconds; zero or less resolves on the next timer tick.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
