import { describe, expect, it } from 'vitest';
import { alignTasks } from '../align-tasks.js';
import { participantsOf, roleAlignment, roleProblems, withRoleWords } from './named-roles.js';

const roles = (text: string) => participantsOf(text).map((participant) => `${participant.value}:${participant.role ?? '?'}`);
/** The demonstration acted on its two names (clicked the sender's row, typed the recipient). */
const align = (demo: string, task: string) => alignTasks(demo, task, { isData: (norm) => ['kim', 'ravi'].includes(norm) });
const pairs = (demo: string, task: string) => align(demo, task).slots.filter((slot) => !slot.list).map((slot) => `${slot.old[0]}→${slot.new[0]}`);

const DEMOS = ['Open the message from Kim and forward it to Ravi.', 'Ravi should get the mail Kim sent.', 'Look up the email by Kim; send it on to Ravi please.'];

// Our own wordings of one request: Lara's message goes to Bob.
const WORDINGS = [
  "Forward Lara's email to Bob.",
  'Send the email from Lara to Bob.',
  "Bob should get Lara's mail.",
  'Hand Bob the letter Lara wrote.',
  'Pass the note by Lara on to Bob.',
  'Bob is waiting for the message from Lara.',
  'Lara wants her message passed to Bob.',
  'Give Bob the mail you got from Lara.',
  'To Bob, please forward the email from Lara.',
  'Find the message Lara sent you, then send it to Bob.',
  'Bob wants the information Lara sent to you.',
  'Locate the mail by Lara. Forward it to Bob.',
];

describe('names paired by the part they play (sender, recipient)', () => {
  it('tells the sender and the recipient by the words around each name', () => {
    for (const wording of WORDINGS) {
      expect([...roles(wording)].sort(), wording).toEqual(['Bob:recipient', 'Lara:source']);
    }
    expect(roles('Send bo@x.org the mail from Lara.')).toEqual(['bo@x.org:recipient', 'Lara:source']);
  });

  it('pairs the demonstration\'s sender with the new sender and its recipient with the new recipient, however either is worded', () => {
    for (const demo of DEMOS) {
      for (const wording of WORDINGS) {
        const alignment = align(demo, wording);
        expect(alignment.score, `${demo} → ${wording}`).toBeGreaterThanOrEqual(0.55);
        expect(pairs(demo, wording).filter((pair) => /Kim|Ravi/.test(pair)).sort(), `${demo} → ${wording}`).toEqual(['Kim→Lara', 'Ravi→Bob']);
        expect(roleProblems(demo, wording, alignment), `${demo} → ${wording}`).toEqual([]);
      }
    }
  });

  it('pairs names whose order is swapped by role, not by order', () => {
    expect(pairs('Forward the email from Kim to Ravi.', 'Forward to Bob the email from Lara.').sort()).toEqual(['Kim→Lara', 'Ravi→Bob']);
    // The word-by-word alignment would pair Kim with Ravi: the roles say otherwise.
    expect(pairs('Forward the email from Kim to Ravi.', 'Forward the email from Ravi to Kim.').sort()).toEqual(['Kim→Ravi', 'Ravi→Kim']);
  });

  it('refuses, saying why, when the words do not tell who sends and who gets', () => {
    const demo = DEMOS[0]!;
    for (const unclear of ['Forward the email, Lara and Bob.', 'Send the mail from Lara from Bob.']) {
      const alignment = align(demo, unclear);
      const problems = roleProblems(demo, unclear, alignment);
      expect(problems, unclear).toHaveLength(1);
      expect(problems[0]!.text).toContain('do not say who the message comes from and who is to get it');
      expect(problems[0]!.blocking).toBe(true);
    }
  });

  it('is no pairing for another kind of task, or for one that asks more', () => {
    const demo = DEMOS[0]!;
    expect(roleAlignment(demo, 'Delete the email from Lara.')).toBeUndefined();
    expect(roleAlignment(demo, "Reply to Lara's email and send it to Bob.")).toBeUndefined();
    expect(roleAlignment(demo, "Forward Lara's email to Bob and star it.")).toBeUndefined();
    expect(roleAlignment(demo, 'Send Bob the email from Lara with the text "see you".')).toBeUndefined();
    // A demonstration with one name has no roles to pair.
    expect(roleAlignment('Open the message from Kim and delete it.', "Forward Lara's email to Bob.")).toBeUndefined();
    // The refusal is reserved for tasks of the same kind: a task of another kind is refused by its fit.
    expect(roleProblems(demo, 'Delete the email from Lara.', align(demo, 'Delete the email from Lara.'))).toEqual([]);
  });
});

describe('retrieving demonstrations for a task worded with no verb of giving', () => {
  it('adds words of passing on when the task tells who gets it, and nothing otherwise', () => {
    expect(withRoleWords('Bob is waiting for the message from Lara.')).toBe('Bob is waiting for the message from Lara. send forward');
    expect(withRoleWords("Forward Lara's email to Bob.")).toBe("Forward Lara's email to Bob.");
    expect(withRoleWords('Delete the email from Lara.')).toBe('Delete the email from Lara.');
  });
});
