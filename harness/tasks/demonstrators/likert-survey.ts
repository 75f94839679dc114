/**
 * likert-survey: read the one or two statements (quoted, or "the statement
 * about" a topic — the statement that shares the topic's word stems), the
 * answers (a scale word, or "a 4" / "4 out of 5" on a numbered scale), an
 * optional quoted comment and the submit caption; for each statement, scroll
 * its row or card into view and choose the radio under the answer's column
 * header (a matrix) or the chip carrying the answer (cards), unless it is
 * chosen already; type the comment; submit.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';
import { scrollIntoView } from './list-pages.js';

const S = '("[^"]+"|the statement about [A-Za-z -]+?)';
const W = '(Strongly (?:dis)?agree|Very poor|[A-Z][a-z]+|a [1-5]|[1-5] out of 5)';

export interface SurveyTask {
  answers: { statement: string; answer: string }[];
  comment?: string;
  caption: string;
}

export function readSurvey(utterance: string): SurveyTask {
  const two: RegExp[] = [
    new RegExp(`^Choose ${W} for ${S} and ${W} for ${S}, then press (.+)\\.$`),
    new RegExp(`^Answer ${S} with ${W} and ${S} with ${W}\\. Send it with (.+)\\.$`),
  ];
  let match = two[0]!.exec(utterance);
  if (match) return { answers: [{ statement: match[2]!, answer: match[1]! }, { statement: match[4]!, answer: match[3]! }], caption: match[5]! };
  match = two[1]!.exec(utterance);
  if (match) return { answers: [{ statement: match[1]!, answer: match[2]! }, { statement: match[3]!, answer: match[4]! }], caption: match[5]! };
  const one: [RegExp, 'sw' | 'ws'][] = [
    [new RegExp(`^Rate ${S} ${W}, (?:comment "([^"]*)", )?then press (.+)\\.$`), 'sw'],
    [new RegExp(`^Give ${S} ${W}; (?:comment "([^"]*)", )?click (.+)\\.$`), 'sw'],
    [new RegExp(`^For ${S}, choose ${W}\\. (?:Comment "([^"]*)"\\. )?Then press (.+)\\.$`), 'sw'],
    [new RegExp(`^Answer ${W} to ${S}(?:, comment "([^"]*)")?, then click (.+)\\.$`), 'ws'],
    [new RegExp(`^Mark ${S} as ${W}(?:, comment "([^"]*)")? and submit with (.+)\\.$`), 'sw'],
  ];
  for (const [pattern, order] of one) {
    match = pattern.exec(utterance);
    if (!match) continue;
    const [statement, answer] = order === 'sw' ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
    return { answers: [{ statement, answer }], comment: match[3], caption: match[4]! };
  }
  throw new DemonstrationError(`cannot read "${utterance}"`);
}

const STOP = new Set(['the', 'at', 'for', 'of', 'a', 'an', 'to', 'with']);

/**
 * The statement on show that a reference means: the quoted text, or the
 * statement sharing most word stems with the topic; undefined when none on
 * show does (it may be further down the pane).
 */
function statementText(reference: string, statements: readonly string[]): string | undefined {
  if (reference.startsWith('"')) return reference.slice(1, -1);
  const stems = reference.replace(/^the statement about /, '').toLowerCase().split(/[ -]/).filter((word) => !STOP.has(word)).map((word) => word.slice(0, 4));
  const score = (text: string) => text.toLowerCase().split(/[ -]/).filter((word) => stems.some((stem) => word.startsWith(stem))).length;
  const best = [...statements].sort((a, b) => score(b) - score(a))[0];
  return best && score(best) > 0 ? best : undefined;
}

/** The column a worded answer heads: the scale word, or the number on a numbered scale. */
function columnName(answer: string): string {
  return /^(?:a )?([1-5])(?: out of 5)?$/.exec(answer)?.[1] ?? answer;
}

function statements(observation: Observation): string[] {
  const rowHeads = findAll(observation, { role: 'row' }).map((row) => childrenOf(observation, row)[0]?.text.trim() ?? '');
  const legends = findAll(observation, { role: 'heading' }).filter((heading) => heading.tag === 'legend').map((heading) => heading.text.trim());
  return [...rowHeads, ...legends].filter(Boolean);
}

/** The radio (or chip) answering the statement, found by its row and column header, or by its card and text. */
function choiceFor(observation: Observation, statement: string, column: string): UIElement | undefined {
  const row = findAll(observation, { role: 'row' }).find((candidate) => childrenOf(observation, candidate)[0]?.text.trim() === statement);
  if (row) {
    const header = findAll(observation, { role: 'columnheader', text: column })[0];
    if (!header) throw new DemonstrationError(`no column "${column}"`);
    return findAll(observation, { role: 'radio', within: row }).find((radio) => {
      const middle = radio.box.x + radio.box.width / 2;
      return middle >= header.box.x && middle <= header.box.x + header.box.width;
    });
  }
  // The innermost group holding the statement's legend: its card, not the pane around every card.
  const card = findAll(observation, { role: 'group' }).filter((group) => findAll(observation, { role: 'heading', within: group, text: statement }).length > 0).at(-1);
  return card ? findAll(observation, { role: 'radio', within: card, text: column })[0] : undefined;
}

/** The survey's scrolling pane: the tall group around the statements (none when everything fits). */
function pane(observation: Observation): UIElement | undefined {
  return findAll(observation, { role: 'group' }).find((group) => group.box.height > 100);
}

export const likertSurvey: Demonstrator = async (context) => {
  const task = readSurvey(context.utterance);
  for (const { statement: reference, answer } of task.answers) {
    const column = columnName(answer);
    const find = (seen: Observation) => {
      const statement = statementText(reference, statements(seen));
      return statement === undefined ? undefined : choiceFor(seen, statement, column);
    };
    const { element: choice } = await scrollIntoView(context, find, pane, `${column} for ${reference}`);
    if (choice.states.checked !== true) await clickElement(context, choice);
  }
  if (task.comment !== undefined) {
    const { element: box } = await scrollIntoView(context, (seen) => findAll(seen, { role: 'textbox' })[0], pane, 'the comment box');
    await perform(context, { type: 'type', text: task.comment, target: { elementId: box.id }, replace: true });
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: task.caption }));
};
