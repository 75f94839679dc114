/** One stored trajectory: what it was, how it ended, every step with its screenshot and action. */
import { useEffect, useState } from 'react';
import type { RequestResult } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { Screenshot } from './screenshot.js';

type Trajectory = RequestResult<'memory.show'>['trajectory'];
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
  const [trajectory, setTrajectory] = useState<Trajectory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setTrajectory(null);
    setError(null);
    api.invoke('memory.show', { id }).then(
      (result) => live && setTrajectory(result.trajectory),
      (reason: unknown) => live && setError(describeError(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, id]);
  if (error) return <p className="banner bad">{error}</p>;
  if (!trajectory) return <p className="muted">Loading…</p>;
  const outcome = trajectory.outcome;
  return (
    <article className="viewer" aria-label="Trajectory">
      <header className="viewer-head">
        <div>
          <h2>{trajectory.task}</h2>
          <p className="muted small">
            <span className={`tag ${trajectory.source}`}>{trajectory.source}</span> {trajectory.environment}
            {trajectory.appKey ? ` · ${trajectory.appKey}` : ''} · {new Date(trajectory.createdAt).toLocaleString()} · <code>{trajectory.id}</code>
          </p>
          <p className={outcome.status === 'success' ? 'good-text' : 'bad-text'}>
            {outcome.status}
            {outcome.reward !== undefined ? ` (reward ${outcome.reward.toFixed(2)})` : ''}: {outcome.reason}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
          <button type="button" onClick={onClose} aria-label="Close the trajectory">
            ✕
          </button>
        </div>
      </header>
      <ol className="steps compact">
        {trajectory.steps.map((step) => (
          <li key={step.index} className="step card" data-step={step.index}>
            <div className="step-media">
              {step.observation.screenshotSha256 ? (
                <Screenshot
                  sha256={step.observation.screenshotSha256}
                  box={step.targets[0]?.box}
                  alt={`Screen before step ${step.index + 1}`}
                />
              ) : (
                <div className="shot shot-missing">no screenshot kept</div>
              )}
            </div>
            <div className="step-body">
              <h3>
                <span className="step-number">{step.index + 1}</span>
                {describeStepAction(step)}
                {step.result && !step.result.ok && <span className="tag bad">failed</span>}
              </h3>
              {step.result?.error && <p className="bad-text">{step.result.error}</p>}
              {step.thought && <p className="muted">{step.thought}</p>}
              <details className="observation">
                <summary>What it saw ({step.observation.elements.length} elements)</summary>
                <pre>{step.observation.text}</pre>
              </details>
            </div>
          </li>
        ))}
      </ol>
    </article>
  );
}
