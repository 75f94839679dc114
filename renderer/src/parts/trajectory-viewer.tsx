/**
 * One stored trajectory: what it was, how it ended, what a demonstration
 * generalises over (its slots), every step with its screenshot and action;
 * replay it (its steps re-grounded on the live page, shown as they happen).
 */
import { useCallback, useEffect, useState } from 'react';
import type { RequestResult } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { describeOutcome } from './run-model.js';
import { RunStep } from './run-step.js';
import { StepCard } from './step-card.js';
import { useRun } from './use-run.js';

type Shown = RequestResult<'memory.show'>;
type Trajectory = Shown['trajectory'];
type Step = Trajectory['steps'][number];

function describeStepAction(step: Step): string {
  const action = step.action as { type: string; text?: string; keys?: string; option?: string };
  const target = step.targets[0];
  const on = target ? ` ${target.role} “${(target.text || target.label || '').slice(0, 60)}”` : '';
  const detail = action.text !== undefined ? ` “${action.text}”` : action.keys ? ` ${action.keys}` : action.option ? ` “${action.option}”` : '';
  return `${action.type}${detail}${on ? ` on${on}` : ''}`;
}

export function TrajectoryViewer({ id, onDelete, onClose }: { id: string; onDelete(): void; onClose(): void }) {
  const api = useApi();
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onError = useCallback((reason: unknown) => setError(describeError(reason)), []);
  const replay = useRun(api, onError);
  const trajectory = shown?.trajectory ?? null;
  const { clear } = replay;
  useEffect(() => {
    let live = true;
    setShown(null);
    setError(null);
    clear();
    api.invoke('memory.show', { id }).then(
      (result) => live && setShown(result),
      (reason: unknown) => live && setError(describeError(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, id, clear]);
  if (error && !trajectory) return <p className="banner bad">{error}</p>;
  if (!trajectory) return <p className="muted">Loading…</p>;
  const outcome = trajectory.outcome;
  const verified = trajectory.metadata.verified;
  const startReplay = async () => {
    setError(null);
    try {
      const { runId } = await api.invoke('memory.replay', { id });
      replay.follow(runId, `replay of “${trajectory.task}”`);
    } catch (reason) {
      onError(reason);
    }
  };
  const replaying = replay.run !== null && !replay.run.finished;
  return (
    <article className="viewer" aria-label="Trajectory">
      <header className="viewer-head">
        <div>
          <h2>{trajectory.task}</h2>
          <p className="muted small">
            <span className={`tag ${trajectory.source}`}>{trajectory.source}</span>{' '}
            {verified === true && <span className="tag good">verified</span>}
            {verified === false && <span className="tag bad">not verified</span>} {trajectory.environment}
            {trajectory.appKey ? ` · ${trajectory.appKey}` : ''} · {new Date(trajectory.createdAt).toLocaleString()} · <code>{trajectory.id}</code>
          </p>
          <p className={outcome.status === 'success' ? 'good-text' : 'bad-text'}>
            {outcome.status}
            {outcome.reward !== undefined ? ` (reward ${outcome.reward.toFixed(2)})` : ''}: {outcome.reason}
          </p>
        </div>
        <div className="actions">
          {replaying ? (
            <button type="button" className="danger" onClick={replay.stop}>
              Stop replay
            </button>
          ) : (
            <button type="button" onClick={() => void startReplay()} title="play its steps back on the page, re-finding every target">
              Replay
            </button>
          )}
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
          <button type="button" onClick={onClose} aria-label="Close the trajectory">
            ✕
          </button>
        </div>
      </header>
      {shown?.slots && shown.slots.length > 0 && (
        <section className="card slots" aria-label="Slots">
          <h4>Generalises over</h4>
          <p className="template">{shown.template}</p>
          <ul>
            {shown.slots.map((slot) => (
              <li key={slot.name}>
                <code>{slot.name}</code> <span className="muted">({slot.type})</span> — here “{slot.example.join(', ')}”
              </li>
            ))}
          </ul>
        </section>
      )}
      {shown?.slots && shown.slots.length === 0 && (
        <p className="muted small">No values found in its task text: it can only repeat this very task.</p>
      )}
      {error && <p className="banner bad">{error}</p>}
      {replay.run && (
        <section className="card replay" aria-label="Replay">
          <h4>{replay.run.finished ? 'Replayed' : 'Replaying…'}</h4>
          <ol className="steps compact">
            {replay.run.steps
              .filter((step) => !replay.run!.finished || step.observation || step.action)
              .map((step) => (
                <RunStep key={step.step} runId={replay.run!.runId} step={step} finished={replay.run!.finished} />
              ))}
          </ol>
          {replay.run.outcome && (
            <p className={replay.run.outcome.status === 'success' ? 'banner good' : 'banner bad'} role="status" data-testid="replay-outcome">
              {describeOutcome(replay.run.outcome)}
            </p>
          )}
        </section>
      )}
      <ol className="steps compact">
        {trajectory.steps.map((step) => (
          <StepCard
            key={step.index}
            index={step.index}
            title={describeStepAction(step)}
            screenshot={step.observation.screenshotSha256 ? { sha256: step.observation.screenshotSha256 } : undefined}
            box={step.targets[0]?.box}
            missing="no screenshot kept"
            tag={step.result && !step.result.ok ? { text: 'failed', tone: 'bad' } : undefined}
          >
            {step.result?.error && <p className="bad-text">{step.result.error}</p>}
            {step.thought && <p className="muted">{step.thought}</p>}
            <details className="observation">
              <summary>What it saw ({step.observation.elements.length} elements)</summary>
              <pre>{step.observation.text}</pre>
            </details>
          </StepCard>
        ))}
      </ol>
    </article>
  );
}
