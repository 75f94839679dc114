/**
 * The "where" of a run or a recording, as the Run and Teach screens ask it:
 * a suite page, a browser URL or the desktop, and for a suite page which
 * task and seed.
 */
export type Where = 'suite' | 'browser' | 'desktop';

/** A run's "where" and task, handed to the Teach screen when the run refused: "teach it this one". */
export interface TeachRequest {
  where: Where;
  task: string;
  url: string;
  suiteTask: string;
  seed: string;
}

export function WhereFieldset({ name, where, onWhere, disabled }: { name: string; where: Where; onWhere(where: Where): void; disabled: boolean }) {
  return (
    <fieldset className="where" disabled={disabled}>
      <legend>Where</legend>
      <label>
        <input type="radio" name={name} checked={where === 'suite'} onChange={() => onWhere('suite')} /> Suite page
      </label>
      <label>
        <input type="radio" name={name} checked={where === 'browser'} onChange={() => onWhere('browser')} /> Browser URL
      </label>
      <label>
        <input type="radio" name={name} checked={where === 'desktop'} onChange={() => onWhere('desktop')} /> Desktop
      </label>
    </fieldset>
  );
}

export interface SuitePageFieldsProps {
  suiteTasks: { name: string; description: string }[];
  suiteTask: string;
  onSuiteTask(name: string): void;
  seed: string;
  /** Digits only: anything else typed is dropped. */
  onSeed(seed: string): void;
  disabled: boolean;
  /** The accessible names of the task list and (when given) the seed box. */
  taskLabel: string;
  seedLabel?: string;
}

export function SuitePageFields({ suiteTasks, suiteTask, onSuiteTask, seed, onSeed, disabled, taskLabel, seedLabel }: SuitePageFieldsProps) {
  return (
    <div className="row">
      <label className="grow">
        Suite task
        <select value={suiteTask} onChange={(event) => onSuiteTask(event.target.value)} disabled={disabled} aria-label={taskLabel}>
          {suiteTasks.map((entry) => (
            <option key={entry.name} value={entry.name}>
              {entry.name} — {entry.description}
            </option>
          ))}
        </select>
      </label>
      <label className="narrow">
        Seed
        <input inputMode="numeric" placeholder="random" {...(seedLabel ? { 'aria-label': seedLabel } : {})} value={seed} onChange={(event) => onSeed(event.target.value.replace(/\D/g, ''))} disabled={disabled} />
      </label>
    </div>
  );
}
