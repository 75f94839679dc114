/** One step of a live run: screenshot with the action, what was retrieved, reasoning, checks. */
import { memo } from 'react';
import { StepCard } from './step-card.js';
import type { StepView } from './run-model.js';

export const RunStep = memo(function RunStep({ runId, step, finished }: { runId: string; step: StepView; finished: boolean }) {
  return (
    <StepCard
      index={step.step}
      eventTime={step.time}
      runId={runId}
      screenshot={step.screenshot}
      box={step.action?.box}
      title={
        step.action
          ? step.action.description
          : step.confirmation
            ? `${finished ? 'not done' : 'waiting for a yes'}: ${step.confirmation.description}`
            : finished
              ? 'no action — the run ended here (see why below)'
              : 'deciding…'
      }
      tag={step.action && !step.action.ok ? { text: 'failed', tone: 'bad' } : undefined}
    >
      {step.action?.error && <p className="bad-text">{step.action.error}</p>}
      {step.confirmation && (
        <p className="muted">
          {step.action || finished ? 'Asked first' : 'Needs a yes'}: {step.confirmation.reason}
        </p>
      )}
      {step.retrieval && (
        <div className="retrieval">
          <h4>From memory</h4>
          {step.retrieval.length === 0 ? (
            <p className="muted">no similar trajectory</p>
          ) : (
            <ul>
              {step.retrieval.slice(0, 3).map((exemplar) => (
                <li key={exemplar.id}>
                  <span className="score">{exemplar.score.toFixed(2)}</span> “{exemplar.task}” <span className="muted">— {exemplar.why}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {step.proposals.map((proposal, index) => (
        <details key={`p${index}`} className="reasoning">
          <summary>{proposal.phase}</summary>
          <pre>{proposal.text}</pre>
        </details>
      ))}
      {step.critiques.map((critique, index) => (
        <details key={`c${index}`} className="reasoning">
          <summary>critique</summary>
          <pre>{critique}</pre>
        </details>
      ))}
      {step.checks.length > 0 && (
        <ul className="checks">
          {step.checks.map((check, index) => (
            <li key={index} className={check.ok ? 'good-text' : 'bad-text'}>
              {check.ok ? '✓' : '✗'} {check.check}: {check.reason}
            </li>
          ))}
        </ul>
      )}
      {step.errors.map((error) => (
        <p key={error} className="bad-text">
          {error}
        </p>
      ))}
      {step.observation && (
        <details className="observation">
          <summary>
            What it saw: {step.observation.elementCount} elements{step.observation.url ? ` on ${step.observation.url}` : ''}
          </summary>
          <pre>{step.observation.text}</pre>
        </details>
      )}
    </StepCard>
  );
});
