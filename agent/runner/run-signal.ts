/**
 * One signal for everything a run awaits: the user's stop, or the wall-time
 * budget. `guarded` awaits a promise but gives up as soon as the run is stopped.
 */
import type { Outcome } from '../core/trajectory.js';

/** Why the internal abort fired. */
export type StopCause = { kind: 'stopped'; reason: string } | { kind: 'budget'; reason: string };

export class RunStop extends Error {
  constructor(readonly stop: StopCause) {
    super(stop.reason);
  }
}

export interface RunSignal {
  signal: AbortSignal;
  /** Why the run was stopped, once it was. */
  readonly cause: StopCause | undefined;
  guarded<T>(promise: Promise<T>): Promise<T>;
  /** The outcome of a stopped run. */
  outcome(): Outcome | undefined;
  /** Clear the timer and the listener on the user's signal. */
  dispose(): void;
}

export function openRunSignal(user: AbortSignal | undefined, maxWallTimeMs: number): RunSignal {
  const internal = new AbortController();
  let cause: StopCause | undefined;
  const stop = (stopCause: StopCause) => {
    if (cause) return;
    cause = stopCause;
    internal.abort(new RunStop(stopCause));
  };
  const onUserAbort = () => {
    const reason = user?.reason;
    stop({ kind: 'stopped', reason: typeof reason === 'string' ? reason : 'stopped by the user' });
  };
  if (user?.aborted) onUserAbort();
  user?.addEventListener('abort', onUserAbort, { once: true });
  const timer = setTimeout(() => stop({ kind: 'budget', reason: `wall-time budget of ${maxWallTimeMs} ms exceeded` }), maxWallTimeMs);
  const signal = internal.signal;

  return {
    signal,
    get cause() {
      return cause;
    },
    guarded<T>(promise: Promise<T>): Promise<T> {
      if (signal.aborted) {
        promise.catch(() => undefined);
        return Promise.reject(signal.reason);
      }
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(
          (value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
          },
          (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      });
    },
    outcome() {
      if (!cause) return undefined;
      return cause.kind === 'budget' ? { status: 'budget-exceeded', reason: cause.reason } : { status: 'stopped', reason: cause.reason };
    },
    dispose() {
      clearTimeout(timer);
      user?.removeEventListener('abort', onUserAbort);
    },
  };
}
