/**
 * Run: say what to do and where, pick the policy, and watch each step arrive
 * with its screenshot (the action drawn on it), the retrieved demonstrations,
 * the model's reasoning and every check's verdict. Stop at any time (Esc);
 * risky actions wait for a yes in a dialog.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PushedEvents, RequestInput } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { applyRunEvent, describeOutcome, newRun, type RunView } from '../parts/run-model.js';
import { RunStep } from '../parts/run-step.js';
import { ConfirmationDialog } from '../parts/confirmation-dialog.js';

type Where = 'suite' | 'browser' | 'desktop';

export interface RunScreenProps {
  suiteTasks: { name: string; description: string }[];
  onOpenTrajectory(id: string): void;
}

export function RunScreen({ suiteTasks, onOpenTrajectory }: RunScreenProps) {
  const api = useApi();
  const [task, setTask] = useState('');
  const [where, setWhere] = useState<Where>('suite');
  const [url, setUrl] = useState('');
  const [suiteTask, setSuiteTask] = useState('');
  const [seed, setSeed] = useState('');
  const [policy, setPolicy] = useState<'offline' | 'llm' | 'hybrid'>('offline');
  const [model, setModel] = useState('');
  const [run, setRun] = useState<RunView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<PushedEvents['run.confirmation'] | null>(null);
  const runIdRef = useRef<string | null>(null);
  const taskBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!suiteTask && suiteTasks[0]) setSuiteTask(suiteTasks[0].name);
  }, [suiteTasks, suiteTask]);

  useEffect(() => {
    const offEvent = api.on('run.event', (payload) => {
      if (payload.runId !== runIdRef.current) return;
      setRun((view) => (view ? applyRunEvent(view, payload) : view));
    });
    const offConfirm = api.on('run.confirmation', (payload) => {
      if (payload.runId === runIdRef.current) setConfirmation(payload);
    });
    const offFinished = api.on('run.finished', (payload) => {
      if (payload.runId !== runIdRef.current) return;
      setConfirmation(null);
      setRun((view) => (view ? { ...view, finished: true, outcome: payload.outcome, trajectoryId: payload.trajectoryId } : view));
    });
    // A run started before this window opened (or before a reload) keeps being shown.
    api.invoke('run.active', {}).then((active) => {
      const latest = active.runs.at(-1);
      if (latest && !runIdRef.current) {
        runIdRef.current = latest.runId;
        setRun(newRun(latest.runId, latest.task));
      }
    }, () => undefined);
    return () => {
      offEvent();
      offConfirm();
      offFinished();
    };
  }, [api]);

  const running = run !== null && !run.finished;

  const stop = () => {
    if (run && !run.finished) api.invoke('run.stop', { runId: run.runId }).catch((reason: unknown) => setError(describeError(reason)));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && running && !confirmation) stop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const start = async (event?: FormEvent) => {
    event?.preventDefault();
    if (running) return;
    setError(null);
    // The previous run's timeline goes at once: what follows belongs to the new run.
    runIdRef.current = null;
    setRun(null);
    setConfirmation(null);
    const target: RequestInput<'run.start'>['target'] =
      where === 'suite'
        ? { kind: 'suite', task: suiteTask, ...(seed.trim() ? { seed: Number(seed) } : {}) }
        : where === 'browser'
          ? { kind: 'browser', url }
          : { kind: 'desktop' };
    try {
      const started = await api.invoke('run.start', { task, target, policy, ...(policy !== 'offline' && model.trim() ? { model: model.trim() } : {}) });
      runIdRef.current = started.runId;
      setRun(newRun(started.runId, where === 'suite' ? `${suiteTask} (suite page)` : task));
    } catch (reason) {
      setError(describeError(reason));
    }
  };

  const answer = (approve: boolean) => {
    if (!confirmation) return;
    api.invoke('run.confirm', { runId: confirmation.runId, requestId: confirmation.requestId, approve }).catch((reason: unknown) => setError(describeError(reason)));
    setConfirmation(null);
  };

  const outcomeClass = run?.outcome ? (run.outcome.status === 'success' ? 'banner good' : run.outcome.status === 'stopped' ? 'banner quiet' : 'banner bad') : '';

  return (
    <section className="screen run-screen" aria-labelledby="run-title">
      <header className="screen-head">
        <h1 id="run-title">Run a task</h1>
        <p className="muted">Understudy acts with real input and checks itself before, during and after each step.</p>
      </header>
      <form className="card run-form" onSubmit={start}>
        <fieldset className="where" disabled={running}>
          <legend>Where</legend>
          <label>
            <input type="radio" name="where" checked={where === 'suite'} onChange={() => setWhere('suite')} /> Suite page
          </label>
          <label>
            <input type="radio" name="where" checked={where === 'browser'} onChange={() => setWhere('browser')} /> Browser URL
          </label>
          <label>
            <input type="radio" name="where" checked={where === 'desktop'} onChange={() => setWhere('desktop')} /> Desktop
          </label>
        </fieldset>
        {where === 'suite' ? (
          <div className="row">
            <label className="grow">
              Suite task
              <select value={suiteTask} onChange={(event) => setSuiteTask(event.target.value)} disabled={running} aria-label="Suite task">
                {suiteTasks.map((entry) => (
                  <option key={entry.name} value={entry.name}>
                    {entry.name} — {entry.description}
                  </option>
                ))}
              </select>
            </label>
            <label className="narrow">
              Seed
              <input inputMode="numeric" placeholder="random" value={seed} onChange={(event) => setSeed(event.target.value.replace(/\D/g, ''))} disabled={running} />
            </label>
          </div>
        ) : (
          <label>
            Task
            <textarea
              ref={taskBox}
              rows={2}
              placeholder='e.g. "Sign up with the name Ada and the email ada@example.com"'
              value={task}
              onChange={(event) => setTask(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void start();
              }}
              disabled={running}
            />
          </label>
        )}
        {where === 'browser' && (
          <label>
            URL
            <input type="url" placeholder="https://… or file:///…" value={url} onChange={(event) => setUrl(event.target.value)} disabled={running} />
          </label>
        )}
        <div className="row">
          <label>
            Policy
            <select value={policy} onChange={(event) => setPolicy(event.target.value as typeof policy)} disabled={running}>
              <option value="offline">offline — repeat a demonstration, no model</option>
              <option value="hybrid">hybrid — demonstration first, model when unsure</option>
              <option value="llm">llm — the model decides (RCI)</option>
            </select>
          </label>
          {policy !== 'offline' && (
            <label className="grow">
              Model
              <input placeholder="the configured one (e.g. openai:gpt-4o-mini)" value={model} onChange={(event) => setModel(event.target.value)} disabled={running} />
            </label>
          )}
        </div>
        <div className="actions">
          {running ? (
            <button type="button" className="danger" onClick={stop}>
              Stop <kbd>Esc</kbd>
            </button>
          ) : (
            <button type="submit" className="primary">
              Start <kbd>Ctrl+Enter</kbd>
            </button>
          )}
          {running && <span className="status-dot" aria-live="polite">running…</span>}
        </div>
        {error && (
          <p className="banner bad" role="alert">
            {error}
          </p>
        )}
      </form>

      {!run && (
        <div className="empty">
          <h2>Nothing running</h2>
          <p>
            Pick a suite page and press <strong>Start</strong> to watch the offline policy re-ground a demonstration. It needs one in the memory: record it
            on the <strong>Teach</strong> screen (or with <code>understudy record</code>), or run a benchmark with demonstrations first.
          </p>
        </div>
      )}

      {run && (
        <div className="timeline" aria-label="Run timeline">
          <div className="timeline-head">
            <h2>{run.task}</h2>
            <span className="muted">
              {run.policy ? `${run.policy} policy · ` : ''}
              {run.steps.length} step{run.steps.length === 1 ? '' : 's'}
            </span>
          </div>
          {run.notes.map((note) => (
            <p key={note} className="banner bad">
              {note}
            </p>
          ))}
          {run.steps.length === 0 && !run.finished && <p className="muted">Opening the page and looking at it…</p>}
          <ol className="steps">
            {run.steps
              .filter((step) => !run.finished || step.observation || step.action || step.confirmation)
              .map((step) => (
                <RunStep key={step.step} runId={run.runId} step={step} finished={run.finished} />
              ))}
          </ol>
          {run.outcome && (
            <div className={outcomeClass} role="status" data-testid="run-outcome">
              {describeOutcome(run.outcome)}
              {run.trajectoryId && (
                <button type="button" className="link" onClick={() => onOpenTrajectory(run.trajectoryId!)}>
                  open in Memory
                </button>
              )}
            </div>
          )}
        </div>
      )}
      {confirmation && <ConfirmationDialog request={confirmation} onAnswer={answer} onStop={stop} />}
    </section>
  );
}
