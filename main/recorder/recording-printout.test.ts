import { describe, expect, it } from 'vitest';
import type { Step, Trajectory } from '../../agent/core/trajectory.js';
import { printQualitySummary, printSaved, printStep, type RecordingIo } from './recording-printout.js';

function collect(): RecordingIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

const firstStep: Step = {
  index: 0,
  observation: { text: '', elements: [] },
  action: { type: 'type', text: 'Ada', target: { elementId: 3 } },
  targets: [{ role: 'textbox', text: '', label: 'Name' } as Step['targets'][number]],
  result: { ok: true },
  timings: {},
};

describe('recording printout', () => {
  it('numbers steps from 1, like `understudy run`, with warnings on stderr', () => {
    const io = collect();
    printStep(io, firstStep, ['the target is not unique']);
    expect(io.lines).toEqual(['step 1: type "Ada" into [3] — textbox "Name"']);
    expect(io.errors).toEqual(['  warning: the target is not unique']);
  });

  it('names the flagged steps from 1 too, once each, and says nothing when none is flagged', () => {
    const io = collect();
    printQualitySummary(io, [{ step: 0 }, { step: 0 }, { step: 4 }]);
    expect(io.errors).toHaveLength(1);
    expect(io.errors[0]).toMatch(/^quality check: step\(s\) 1, 5 have targets/);
    const quiet = collect();
    printQualitySummary(quiet, []);
    expect(quiet.errors).toEqual([]);
  });

  it('says what became of the recording', () => {
    const io = collect();
    const trajectory = { id: 't9', steps: [firstStep], outcome: { status: 'success', reason: 'done' }, metadata: { benchmark: 'miniwob' } } as unknown as Trajectory;
    printSaved(io, { kind: 'saved', trajectory }, '/data/memory.db');
    printSaved(io, { kind: 'discarded', steps: 2 }, '/data/memory.db');
    printSaved(io, { kind: 'empty' }, '/data/memory.db');
    expect(io.lines).toEqual([
      'saved t9: 1 step(s), outcome success (done) in /data/memory.db',
      'replay it with: understudy replay t9 --memory /data/memory.db',
      'discarded the recording (2 step(s)), as asked',
      'nothing was recorded, so nothing was saved',
    ]);
  });
});
