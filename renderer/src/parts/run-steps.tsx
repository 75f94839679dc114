/**
 * A followed run's timeline body: its notes, a word while the first step is
 * coming, then one RunStep per step (once the run ends, only the steps that
 * got as far as seeing, acting or asking). The Run screen and the Teach
 * screen's "try it now" show it.
 */
import type { RunView } from './run-model.js';
import { RunStep } from './run-step.js';

export function RunSteps({ run, compact = false }: { run: RunView; compact?: boolean }) {
  return (
    <>
      {run.notes.map((note) => (
        <p key={note} className="banner bad">
          {note}
        </p>
      ))}
      {run.steps.length === 0 && !run.finished && <p className="muted">Opening the page and looking at it…</p>}
      <ol className={compact ? 'steps compact' : 'steps'}>
        {run.steps
          .filter((step) => !run.finished || step.observation || step.action || step.confirmation)
          .map((step) => (
            <RunStep key={step.step} runId={run.runId} step={step} finished={run.finished} />
          ))}
      </ol>
    </>
  );
}
