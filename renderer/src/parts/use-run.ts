/**
 * One run followed from the screen that started it: its pushed events folded
 * into a RunView, its confirmation requests, stop and answers. The Run
 * screen (which also takes up a run already going when it opens) and the
 * Teach screen's "try it now" use it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PushedEvents, RequestInput, UnderstudyApi } from '../../../main/api/contract.js';
import { applyRunEvent, newRun, type RunView } from './run-model.js';

export interface FollowedRun {
  run: RunView | null;
  confirmation: PushedEvents['run.confirmation'] | null;
  start(input: RequestInput<'run.start'>, label: string): Promise<void>;
  /** Follow a run started some other way (a replay from the memory). */
  follow(runId: string, label: string): void;
  stop(): void;
  answer(approve: boolean): void;
  clear(): void;
}

export interface UseRunOptions {
  /** Show the latest run already going (started before this window opened, or before a reload). */
  adoptActive?: boolean;
}

export function useRun(api: UnderstudyApi, onError: (error: unknown) => void, options: UseRunOptions = {}): FollowedRun {
  const { adoptActive = false } = options;
  const [run, setRun] = useState<RunView | null>(null);
  const [confirmation, setConfirmation] = useState<PushedEvents['run.confirmation'] | null>(null);
  const runIdRef = useRef<string | null>(null);

  useEffect(() => {
    const offEvent = api.on('run.event', (payload) => {
      if (payload.runId === runIdRef.current) setRun((view) => (view ? applyRunEvent(view, payload) : view));
    });
    const offConfirm = api.on('run.confirmation', (payload) => {
      if (payload.runId === runIdRef.current) setConfirmation(payload);
    });
    const offFinished = api.on('run.finished', (payload) => {
      if (payload.runId !== runIdRef.current) return;
      setConfirmation(null);
      setRun((view) => (view ? { ...view, finished: true, outcome: payload.outcome, trajectoryId: payload.trajectoryId } : view));
    });
    if (adoptActive) {
      api.invoke('run.active', {}).then((active) => {
        const latest = active.runs.at(-1);
        if (latest && !runIdRef.current) {
          runIdRef.current = latest.runId;
          setRun(newRun(latest.runId, latest.task));
        }
      }, () => undefined);
    }
    return () => {
      offEvent();
      offConfirm();
      offFinished();
    };
  }, [api, adoptActive]);

  const clear = useCallback(() => {
    runIdRef.current = null;
    setRun(null);
    setConfirmation(null);
  }, []);

  const start = useCallback(
    async (input: RequestInput<'run.start'>, label: string) => {
      clear();
      try {
        const started = await api.invoke('run.start', input);
        runIdRef.current = started.runId;
        setRun(newRun(started.runId, label));
      } catch (error) {
        onError(error);
      }
    },
    [api, clear, onError],
  );

  const follow = useCallback(
    (runId: string, label: string) => {
      clear();
      runIdRef.current = runId;
      setRun(newRun(runId, label));
    },
    [clear],
  );

  const stop = useCallback(() => {
    const runId = runIdRef.current;
    if (runId) api.invoke('run.stop', { runId }).catch(onError);
  }, [api, onError]);

  const answer = useCallback(
    (approve: boolean) => {
      if (!confirmation) return;
      api.invoke('run.confirm', { runId: confirmation.runId, requestId: confirmation.requestId, approve }).catch(onError);
      setConfirmation(null);
    },
    [api, confirmation, onError],
  );

  return { run, confirmation, start, follow, stop, answer, clear };
}
