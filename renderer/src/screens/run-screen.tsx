/**
 * Run: say what to do and where, pick the policy, and watch each step arrive
 * with its screenshot (the action drawn on it), the retrieved demonstrations,
 * the model's reasoning and every check's verdict. Stop at any time (Esc);
 * risky actions wait for a yes in a dialog.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { RequestInput } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { describeOutcome } from '../parts/run-model.js';
import { useRun } from '../parts/use-run.js';
import { RunSteps } from '../parts/run-steps.js';
import { ConfirmationDialog } from '../parts/confirmation-dialog.js';
import { ErrorBanner } from '../parts/error-banner.js';
import { SuitePageFields, WhereFieldset, type TeachRequest, type Where } from '../parts/where-fields.js';

export interface RunScreenProps {
  suiteTasks: { name: string; description: string }[];
  onOpenTrajectory(id: string): void;
  /** The run refused: open Teach on the same page and task, to show it this one. */
  onTeach(request: TeachRequest): void;
}

export function RunScreen({ suiteTasks, onOpenTrajectory, onTeach }: RunScreenProps) {
  const api = useApi();
  const [task, setTask] = useState('');
  const [where, setWhere] = useState<Where>('suite');
  const [url, setUrl] = useState('');
  const [suiteTask, setSuiteTask] = useState('');
  const [seed, setSeed] = useState('');
  const [policy, setPolicy] = useState<'offline' | 'llm' | 'hybrid'>('offline');
  const [model, setModel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onError = useCallback((reason: unknown) => setError(describeError(reason)), []);
  const { run, confirmation, start: startRun, stop, answer } = useRun(api, onError, { adoptActive: true });
  const taskBox = useRef<HTMLTextAreaElement>(null);
  // What the last run was started with: the fields may change while it runs, the Teach offer is for that run.
  const [started, setStarted] = useState<TeachRequest | null>(null);

  useEffect(() => {
    if (!suiteTask && suiteTasks[0]) setSuiteTask(suiteTasks[0].name);
  }, [suiteTasks, suiteTask]);

  const running = run !== null && !run.finished;

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
    const target: RequestInput<'run.start'>['target'] =
      where === 'suite'
        ? { kind: 'suite', task: suiteTask, ...(seed.trim() ? { seed: Number(seed) } : {}) }
        : where === 'browser'
          ? { kind: 'browser', url }
          : { kind: 'desktop' };
    setStarted({ where, task, url, suiteTask, seed });
    // The previous run's timeline goes at once (startRun clears it): what follows belongs to the new run.
    await startRun({ task, target, policy, ...(policy !== 'offline' && model.trim() ? { model: model.trim() } : {}) }, where === 'suite' ? `${suiteTask} (suite page)` : task);
  };

  // Only the agent's own refusal is helped by a demonstration; a stop, an error or a spent budget is not.
  const refused = run?.outcome !== undefined && (run.outcome.status === 'failed' || run.outcome.status === 'infeasible');
  const outcomeClass = run?.outcome ? (run.outcome.status === 'success' ? 'banner good' : run.outcome.status === 'stopped' ? 'banner quiet' : 'banner bad') : '';

  return (
    <section className="screen run-screen" aria-labelledby="run-title">
      <header className="screen-head">
        <h1 id="run-title">Run a task</h1>
        <p className="muted">Understudy acts with real input and checks itself before, during and after each step.</p>
      </header>
      <form className="card run-form" onSubmit={start}>
        <WhereFieldset name="where" where={where} onWhere={setWhere} disabled={running} />
        {where === 'suite' ? (
          <SuitePageFields suiteTasks={suiteTasks} suiteTask={suiteTask} onSuiteTask={setSuiteTask} seed={seed} onSeed={setSeed} disabled={running} taskLabel="Suite task" />
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
        <ErrorBanner error={error} />
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
          <RunSteps run={run} />
          {run.outcome && (
            <div className={outcomeClass} role="status" data-testid="run-outcome">
              {describeOutcome(run.outcome)}
              {run.trajectoryId && (
                <button type="button" className="link" onClick={() => onOpenTrajectory(run.trajectoryId!)}>
                  open in Memory
                </button>
              )}
              {refused && started && (
                <button type="button" className="link" onClick={() => onTeach(started)}>
                  teach it this task
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
