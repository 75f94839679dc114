/**
 * report-issue: 'File a bug on the checkout: "Pay button does nothing". It's
 * blocking. Description: "…"', "Report a problem with the search box titled
 * Search ignores accents (minor). Details: …", 'Notifications: … Log it as
 * "Duplicate alert emails", just cosmetic.', 'new issue | … | … | … | "…"' —
 * a person presses the toolbar's new-issue button (its words or, for a "+",
 * its accessible name), types the title, picks the component the words point
 * at, the severity radio whose rank the words mean (first = blocking … last =
 * cosmetic), types the description, and confirms with the dialog's main
 * button (not Cancel, Discard draft or ×), then "Yes, file it" when asked.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

const COMPONENT_OF: [RegExp, string][] = [
  [/sign-in page|logging in|login screen/i, 'Login'],
  [/paying for an order|checkout|payment step/i, 'Checkout'],
  [/search box|search results/i, 'Search'],
  [/email alerts|notifications/i, 'Notifications'],
  [/profile page|account page/i, 'Profile'],
  [/monthly reports|exporting reports/i, 'Reports'],
];
const SEVERITY_OF: [RegExp, number][] = [
  [/blocking|nobody can work|blocker/i, 0],
  [/workaround/i, 1],
  [/minor|small annoyance/i, 2],
  [/cosmetic|purely visual/i, 3],
];

export interface IssueRequest { title: string; description: string; component: string; severity: number }

/** The title, description, component words and severity words of a request. */
export function readIssue(text: string): IssueRequest {
  let title: string, description: string, componentWords: string, severityWords: string;
  let match: RegExpExecArray | null;
  if ((match = /^new issue \| (.+?) \| (.+?) \| (.+?) \| "(.+)"$/.exec(text))) {
    [title, componentWords, severityWords, description] = match.slice(1) as [string, string, string, string];
  } else if ((match = /^File a bug on (.+?): "(.+?)"\. (.+?)\. Description: "(.+)"$/.exec(text))) {
    [componentWords, title, severityWords, description] = match.slice(1) as [string, string, string, string];
  } else if ((match = /^Report a problem with (.+?) titled (.+) \((.+?)\)\. Details: (.+)$/.exec(text))) {
    [componentWords, title, severityWords, description] = match.slice(1) as [string, string, string, string];
  } else if ((match = /^(.+?): (.+) Log it as "(.+?)", (.+)\.$/.exec(text))) {
    [componentWords, description, title, severityWords] = match.slice(1) as [string, string, string, string];
  } else throw new DemonstrationError(`cannot read the issue in "${text}"`);
  const component = COMPONENT_OF.find(([pattern]) => pattern.test(componentWords))?.[1];
  const severity = SEVERITY_OF.find(([pattern]) => pattern.test(severityWords))?.[1];
  if (!component || severity === undefined) throw new DemonstrationError(`no component or severity in "${text}"`);
  return { title, description, component, severity };
}

const NOT_CONFIRM = /^(Cancel|Discard draft|Close|×|Go back)$/;

export const reportIssue: Demonstrator = async (context) => {
  const want = readIssue(context.utterance);
  const start = await context.observe();
  const open = findAll(start, { role: 'button' }).find((button) => /^(New issue|Report a problem|Create issue)$/.test(nameOf(button)) || /^(New issue|Report a problem|Create issue)$/.test(button.label ?? ''));
  if (!open) throw new DemonstrationError('no new-issue button');
  await clickElement(context, open);
  const dialog = await waitForElement(context, (seen) => findAll(seen, { role: 'dialog' })[0]);
  if (!dialog) throw new DemonstrationError('no dialog opened');
  let seen = await context.observe();
  const fields = findAll(seen, { role: 'textbox', within: dialog });
  if (fields.length !== 2) throw new DemonstrationError(`expected a title and a description field, found ${fields.length}`);
  const [titleField, descField] = fields as [UIElement, UIElement];
  await perform(context, { type: 'type', text: want.title, target: { elementId: titleField.id }, replace: true });
  const select = findAll(await context.observe(), { role: 'combobox', within: dialog })[0];
  if (!select) throw new DemonstrationError('no component select');
  await perform(context, { type: 'select', target: { elementId: select.id }, option: want.component });
  const radios = findAll(await context.observe(), { role: 'radio', within: dialog });
  if (radios.length !== 4) throw new DemonstrationError(`expected four severities, found ${radios.length}`);
  await clickElement(context, radios[want.severity]!);
  await perform(context, { type: 'type', text: want.description, target: { elementId: descField.id }, replace: true });
  seen = await context.observe();
  const confirm = findAll(seen, { role: 'button', within: dialog }).filter((button) => !NOT_CONFIRM.test(nameOf(button)));
  if (confirm.length !== 1) throw new DemonstrationError(`expected one confirm button, found ${confirm.map(nameOf).join(', ')}`);
  await clickElement(context, confirm[0]!);
  // The question comes at once on the seeds that ask it; on the others the episode has ended (no waiting then).
  const yes = findAll(await context.observe(), { role: 'button', text: 'Yes, file it' })[0];
  if (yes) await clickElement(context, yes);
};
