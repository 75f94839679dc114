/**
 * Teach: record a demonstration in a browser window of its own (a page at a
 * URL, or a suite page on a seed) or on the whole desktop, and watch each step arrive as it is
 * captured, with the recorder's quality warnings. Name it, then save it — it
 * is replayed on the state it started from and shown verified or not, and
 * why — or discard it. "Try it now with new values" runs the task on a fresh
 * state with the offline policy, beside what was recorded.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { PushedEvents, RecordedStepView, RecordingStarted, RequestInput } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { ConfirmationDialog } from '../parts/confirmation-dialog.js';
import { describeOutcome } from '../parts/run-model.js';
import { RunSteps } from '../parts/run-steps.js';
import { StepCard } from '../parts/step-card.js';
import { useRun } from '../parts/use-run.js';
import { ErrorBanner } from '../parts/error-banner.js';
import { SuitePageFields, WhereFieldset, type TeachRequest, type Where } from '../parts/where-fields.js';

type Phase = 'recording' | 'stopped' | 'finishing' | 'finished';

interface RecordingView {
  started: RecordingStarted;
  phase: Phase;
  steps: RecordedStepView[];
  notes: string[];
  stoppedBy?: string;
  finished?: PushedEvents['record.finished'];
}

export interface TeachScreenProps {
  suiteTasks: { name: string; description: string }[];
  onOpenTrajectory(id: string): void;
  /** A run that refused, to be taught: its page and task fill the form (not while a recording is live). */
  request?: TeachRequest | null;
}

export function TeachScreen({ suiteTasks, onOpenTrajectory, request }: TeachScreenProps) {
  const api = useApi();
  const [where, setWhere] = useState<Where>('suite');
  const [suiteTask, setSuiteTask] = useState('');
  const [seed, setSeed] = useState('');
  const [url, setUrl] = useState('');
  const [task, setTask] = useState('');
  const [headless, setHeadless] = useState(false);
  const [port, setPort] = useState('');
  const [name, setName] = useState('');
  const [starting, setStarting] = useState(false);
  const [recording, setRecording] = useState<RecordingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const recordingIdRef = useRef<string | null>(null);
  const onError = useCallback((reason: unknown) => setError(describeError(reason)), []);
  const trial = useRun(api, onError);

  useEffect(() => {
    if (!suiteTask && suiteTasks[0]) setSuiteTask(suiteTasks[0].name);
  }, [suiteTasks, suiteTask]);

  useEffect(() => {
    const mine = (recordingId: string) => recordingId === recordingIdRef.current;
    const offs = [
      api.on('record.step', (payload) => {
        if (mine(payload.recordingId)) setRecording((view) => view && { ...view, steps: [...view.steps.filter((step) => step.index !== payload.step.index), payload.step] });
      }),
      api.on('record.warning', (payload) => {
        if (mine(payload.recordingId)) setRecording((view) => view && { ...view, notes: [...view.notes, payload.message] });
      }),
      api.on('record.stopped', (payload) => {
        if (mine(payload.recordingId)) setRecording((view) => view && (view.phase === 'recording' ? { ...view, phase: 'stopped', stoppedBy: payload.reason } : view));
      }),
      api.on('record.finished', (payload) => {
        if (mine(payload.recordingId)) setRecording((view) => view && { ...view, phase: 'finished', finished: payload });
      }),
    ];
    // A recording started before this window opened (or before a reload) keeps being shown.
    api.invoke('record.active', {}).then((active) => {
      const latest = active.recordings.at(-1);
      if (latest && !recordingIdRef.current) {
        recordingIdRef.current = latest.recordingId;
        setRecording({ started: latest, phase: 'recording', steps: [], notes: [] });
        setName(latest.task);
      }
    }, () => undefined);
    return () => offs.forEach((off) => off());
  }, [api]);

  const live = recording !== null && recording.phase !== 'finished';

  // The request the form was last filled from, said above the form until a recording starts.
  const [fromRefusal, setFromRefusal] = useState<TeachRequest | null>(null);
  // A request fills the form once; one that arrives while a recording is live waits for it to end (said above the form).
  const appliedRequestRef = useRef<TeachRequest | null>(null);
  const waitingRequest = request && request !== appliedRequestRef.current && (live || starting) ? request : null;

  useEffect(() => {
    if (!request || request === appliedRequestRef.current || live || starting) return;
    appliedRequestRef.current = request;
    setFromRefusal(request);
    setWhere(request.where);
    setTask(request.task);
    setUrl(request.url);
    setSuiteTask(request.suiteTask);
    setSeed(request.seed);
    // Only a new request fills the form; a recording's own edits stay.
  }, [request, live, starting]);

  const start = async (event?: FormEvent) => {
    event?.preventDefault();
    if (live || starting) return;
    setError(null);
    trial.clear();
    recordingIdRef.current = null;
    setRecording(null);
    setFromRefusal(null);
    const target: RequestInput<'record.start'>['target'] =
      where === 'suite' ? { kind: 'suite', task: suiteTask, ...(seed.trim() ? { seed: Number(seed) } : {}) } : where === 'desktop' ? { kind: 'desktop', task } : { kind: 'browser', url, task };
    setStarting(true);
    try {
      const driver = where === 'desktop' ? {} : { headless, ...(port.trim() ? { remoteDebuggingPort: Number(port) } : {}) };
      const started = await api.invoke('record.start', { target, ...driver });
      recordingIdRef.current = started.recordingId;
      setRecording({ started, phase: 'recording', steps: [], notes: [] });
      setName(started.task);
    } catch (reason) {
      onError(reason);
    } finally {
      setStarting(false);
    }
  };

  const finish = (save: boolean) => {
    if (!recording || recording.phase === 'finishing' || recording.phase === 'finished') return;
    const renamed = recording.started.target.kind !== 'suite' && name.trim() && name.trim() !== recording.started.task ? { name: name.trim() } : {};
    setRecording({ ...recording, phase: 'finishing' });
    api.invoke('record.finish', { recordingId: recording.started.recordingId, save, ...(save ? renamed : {}) }).catch((reason: unknown) => {
      onError(reason);
      setRecording((view) => view && { ...view, phase: 'stopped' });
    });
  };

  const tryIt = () => {
    const offer = recording?.finished?.tryIt;
    if (!offer) return;
    const label = offer.target.kind === 'suite' ? `${offer.target.task} on seed ${offer.target.seed}` : offer.task;
    void trial.start({ task: offer.task, target: offer.target, policy: 'offline' }, label);
  };

  const finished = recording?.finished;
  const trialRun = trial.run;

  return (
    <section className="screen teach-screen" aria-labelledby="teach-title">
      <header className="screen-head">
        <h1 id="teach-title">Teach a task</h1>
        <p className="muted">Do the task once in a browser window or on the desktop; Understudy records each step (and checks that a browser recording replays).</p>
      </header>

      <form className="card run-form" onSubmit={start}>
        {waitingRequest && (
          <p className="banner quiet" data-testid="teach-request-waiting">
            A run refused &ldquo;{waitingRequest.where === 'suite' ? waitingRequest.suiteTask : waitingRequest.task}&rdquo;{waitingRequest.where === 'suite' && waitingRequest.seed ? ` (seed ${waitingRequest.seed})` : ''}: finish or discard this recording first; the form then fills in with that task.
          </p>
        )}
        {fromRefusal && (
          <p className="banner quiet" data-testid="teach-request">
            Filled in from the run that refused{fromRefusal.where === 'suite' ? ` (${fromRefusal.suiteTask}${fromRefusal.seed ? `, seed ${fromRefusal.seed}` : ''})` : ''}: do
            it once here, save it, then run the task again.
          </p>
        )}
        <WhereFieldset name="teach-where" where={where} onWhere={setWhere} disabled={live || starting} />
        {where === 'suite' ? (
          <SuitePageFields suiteTasks={suiteTasks} suiteTask={suiteTask} onSuiteTask={setSuiteTask} seed={seed} onSeed={setSeed} disabled={live || starting} taskLabel="Suite task to record" seedLabel="Recording seed" />
        ) : (
          <>
            {where === 'browser' ? (
              <label>
                URL
                <input type="url" placeholder="https://… or file:///…" value={url} onChange={(event) => setUrl(event.target.value)} disabled={live || starting} />
              </label>
            ) : (
              <p className="muted small">
                Every click and key on this screen is recorded, in any application, until you press the stop chord — except in Understudy's own window, which is left out.
              </p>
            )}
            <label>
              What are you doing?
              <input placeholder='e.g. "Sign up with the name Ada"' value={task} onChange={(event) => setTask(event.target.value)} disabled={live || starting} />
            </label>
          </>
        )}
        <details className="advanced" hidden={where === 'desktop'}>
          <summary>For a scripted driver</summary>
          <div className="row">
            <label className="inline">
              <input type="checkbox" checked={headless} onChange={(event) => setHeadless(event.target.checked)} disabled={live || starting} /> No window
            </label>
            <label className="narrow">
              DevTools port
              <input inputMode="numeric" placeholder="none" aria-label="DevTools port" value={port} onChange={(event) => setPort(event.target.value.replace(/\D/g, ''))} disabled={live || starting} />
            </label>
            <span className="muted small grow">The recording browser then answers the Chrome DevTools protocol on 127.0.0.1 only.</span>
          </div>
        </details>
        <div className="actions">
          <button type="submit" className="primary" disabled={live || starting}>
            {starting ? (where === 'desktop' ? 'Reading the screen…' : 'Opening the window…') : 'Start recording'}
          </button>
        </div>
        <ErrorBanner error={error} />
      </form>

      {!recording && !starting && (
        <div className="empty">
          <h2>Nothing recorded yet</h2>
          <p>
            Pick a suite page (or give a URL and say what you are doing) and press <strong>Start recording</strong>. A browser window opens (on the desktop, recording
            starts at once): do the task there with your mouse and keyboard, then come back here to name it and save it.
          </p>
        </div>
      )}

      {recording && (
        <div className="card recording" aria-label="Recording">
          <div className="timeline-head">
            <h2>{recording.started.task}</h2>
            <span className="muted">
              {recording.started.seed !== undefined ? `seed ${recording.started.seed} · ` : ''}
              {recording.steps.length} step{recording.steps.length === 1 ? '' : 's'}
            </span>
          </div>
          {recording.phase === 'recording' && (
            <p className="status-dot" aria-live="polite" data-testid="record-status">
              Recording — do the task {recording.started.target.kind === 'desktop' ? 'on the desktop' : 'in the browser window'}. End it{' '}
              {recording.started.target.kind === 'desktop' ? '' : 'here, or '}with {recording.started.stopHint}.
            </p>
          )}
          {recording.phase === 'stopped' && (
            <p className="banner quiet" role="status" data-testid="record-status">
              The recording ended ({recording.stoppedBy}). Name it and save it, or discard it.
            </p>
          )}
          {recording.phase === 'finishing' && (
            <p className="status-dot" aria-live="polite" data-testid="record-status">
              {recording.started.target.kind === 'desktop' ? 'Saving…' : 'Saving — replaying it on the state it started from to check it…'}
            </p>
          )}
          {recording.started.remoteDebugging && recording.phase === 'recording' && (
            <p className="muted small">
              DevTools: <code>{recording.started.remoteDebugging.browserWebSocket}</code>
            </p>
          )}
          {(recording.phase === 'recording' || recording.phase === 'stopped') && (
            <div className="row">
              <label className="grow">
                Name
                <input
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                  disabled={recording.started.target.kind === 'suite'}
                  title={recording.started.target.kind === 'suite' ? 'a suite page’s recording keeps the page’s own instruction: the offline policy reads its values from it' : undefined}
                />
              </label>
              <div className="actions">
                {/* On the desktop a click here would be recorded as a step: it is ended with the stop chord, then saved. */}
                {(recording.phase === 'stopped' || recording.started.target.kind !== 'desktop') && (
                  <button type="button" className="primary" onClick={() => finish(true)}>
                    {recording.phase === 'recording' ? 'Stop and save' : 'Save'}
                  </button>
                )}
                <button type="button" onClick={() => finish(false)}>
                  Discard
                </button>
              </div>
            </div>
          )}
          {finished && <FinishedBanner finished={finished} onOpen={() => finished.trajectoryId && onOpenTrajectory(finished.trajectoryId)} />}
          {recording.notes.map((note, index) => (
            <p key={index} className="warn-text small">
              ⚠ {note}
            </p>
          ))}
          {finished?.tryIt && !trialRun && (
            <div className="actions">
              <button type="button" onClick={tryIt}>
                Try it now with new values
              </button>
              <span className="muted small">
                {finished.tryIt.target.kind === 'suite'
                  ? `the offline policy on seed ${finished.tryIt.target.seed}`
                  : finished.tryIt.target.kind === 'desktop'
                    ? 'the offline policy on the desktop as it is now'
                    : 'the offline policy on the page, opened afresh'}
              </span>
            </div>
          )}
          <div className={trialRun ? 'teach-columns' : undefined}>
            <div>
              {trialRun && <h3>What you did</h3>}
              {recording.steps.length === 0 && recording.phase === 'recording' && <p className="muted">Waiting for your first step…</p>}
              <ol className="steps compact" aria-label="Recorded steps">
                {[...recording.steps]
                  .sort((a, b) => a.index - b.index)
                  .map((step) => (
                    <RecordedStep key={step.index} step={step} />
                  ))}
              </ol>
            </div>
            {trialRun && (
              <div aria-label="Try-it run">
                <h3>
                  Understudy on {trialRun.task}
                  {!trialRun.finished && (
                    <button type="button" className="danger" onClick={trial.stop}>
                      Stop
                    </button>
                  )}
                </h3>
                <RunSteps run={trialRun} compact />
                {trialRun.outcome && (
                  <div className={trialRun.outcome.status === 'success' ? 'banner good' : 'banner bad'} role="status" data-testid="try-outcome">
                    {describeOutcome(trialRun.outcome)}
                  </div>
                )}
              </div>
            )}
          </div>
        </div>
      )}
      {trial.confirmation && <ConfirmationDialog request={trial.confirmation} onAnswer={trial.answer} onStop={trial.stop} />}
    </section>
  );
}

function FinishedBanner({ finished, onOpen }: { finished: PushedEvents['record.finished']; onOpen(): void }) {
  if (finished.error) {
    return (
      <p className="banner bad" role="status" data-testid="record-result">
        The recording could not be saved: {finished.error}
      </p>
    );
  }
  if (finished.saved === 'discarded') {
    return (
      <p className="banner quiet" role="status" data-testid="record-result">
        Discarded ({finished.steps} step{finished.steps === 1 ? '' : 's'}); nothing was saved.
      </p>
    );
  }
  if (finished.saved === 'empty') {
    return (
      <p className="banner quiet" role="status" data-testid="record-result">
        Nothing was recorded, so nothing was saved.
      </p>
    );
  }
  const verified = finished.verification?.verified === true;
  return (
    <div className={verified ? 'banner good' : 'banner bad'} role="status" data-testid="record-result">
      <span>
        <strong>{verified ? 'Saved and verified' : 'Saved, NOT verified'}</strong> — {finished.verification?.reason}
        {!verified && ' It is kept, marked unverified; retrieval prefers verified demonstrations. Record it again to replace it.'}
      </span>
      <button type="button" className="link" onClick={onOpen}>
        open in Memory
      </button>
    </div>
  );
}

function RecordedStep({ step }: { step: RecordedStepView }) {
  return (
    <StepCard index={step.index} title={step.description} screenshot={step.screenshot} box={step.targetBox} tag={step.warnings.length > 0 ? { text: 'check', tone: 'warn' } : undefined}>
      {step.target && <p className="muted">on {step.target}</p>}
      {step.warnings.map((warning) => (
        <p key={warning} className="warn-text small">
          ⚠ {warning}
        </p>
      ))}
    </StepCard>
  );
}
