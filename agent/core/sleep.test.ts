import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { sleep } from './sleep.js';

describe('sleep', () => {
  it('resolves after the time and leaves no abort listener behind', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 12; i++) await sleep(1, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects with the reason when the signal aborts during the wait', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stopped by the user'));
    await expect(waiting).rejects.toThrow('stopped by the user');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects at once on a signal that already aborted', async () => {
    await expect(sleep(60_000, AbortSignal.abort('already'))).rejects.toBe('already');
  });

  it('works without a signal', async () => {
    await expect(sleep(0)).resolves.toBeUndefined();
  });
});
