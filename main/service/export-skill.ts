/**
 * `understudy export … --to task.md`: a learned task as a skill file for
 * people and agents: what it does, its parameters, the steps in words, and
 * how to run the exported script.
 */
import type { Step } from '../../agent/core/trajectory.js';
import { describeSlotType } from '../mcp/task-slots.js';
import { flagOf } from './export-script.js';
import type { ExportSource } from './export-source.js';

export function renderSkillFile(source: ExportSource, options: { scriptName?: string } = {}): string {
  const { trajectory, slots } = source;
  const script = options.scriptName ?? `${source.name}.mjs`;
  const steps = trajectory.steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done');
  const url = trajectory.steps[0]?.observation.url;
  const verification =
    source.verification === 'replayed'
      ? 'verified: the demonstration was replayed and reproduced its result'
      : source.verification === 'recorded-success'
        ? 'recorded as succeeding (not replay-verified)'
        : 'not verified';
  const example = slots.map((slot) => `--${flagOf(slot.name)} ${JSON.stringify(slot.type === 'list' ? slot.example.join(', ') : slot.example[0])}`).join(' ');
  const lines = [
    `# ${source.name}`,
    '',
    `**What it does:** ${source.template}`,
    '',
    `Learned from ${trajectory.source === 'demonstration' ? 'a demonstration' : 'a run'} (trajectory \`${trajectory.id}\`, ${verification})` +
      `${url ? ` on ${url}` : ''}: "${trajectory.task}".`,
    '',
    '## Parameters',
    '',
    ...(slots.length === 0
      ? ['None: the task always does the same thing.']
      : ['| parameter | type | demonstrated value |', '|---|---|---|', ...slots.map((slot) => `| \`--${flagOf(slot.name)}\` | ${describeSlotType(slot)} | ${slot.example.map((value) => `\`${value}\``).join(', ')} |`)]),
    '',
    '## Steps',
    '',
    ...steps.map((step, index) => `${index + 1}. ${stepInWords(step, source)}`),
    '',
    '## Run it',
    '',
    'With Understudy (no model; re-grounds the demonstration on the page as it is):',
    '',
    '```sh',
    `understudy run ${JSON.stringify(source.template)} --url <url>   # with the {…} filled in`,
    '```',
    '',
    `As a standalone script (only \`playwright-core\` and a Chromium needed), exported with \`understudy export ${trajectory.id} --to ${script}\`:`,
    '',
    '```sh',
    `node ${script} ${example}${url ? '' : ' --url <url>'}`.trimEnd(),
    '```',
    '',
    'Options: `--url <url>` (another page), `--seed <n>` (a MiniWoB-protocol page at that seed), `--headed`, `--timeout <ms>` per step.',
    'Each step waits for its target; when the target is missing or ambiguous the script refuses: it exits with status 2 and names the step.',
    'On a MiniWoB-protocol page it prints the page\'s reward as JSON and exits 3 unless the reward is 1.',
    '',
  ];
  return lines.join('\n');
}

function stepInWords(step: Step, source: ExportSource): string {
  const target = step.targets[0];
  const valueWords = (text: string) => {
    const slot = source.slots.find((candidate) => candidate.type !== 'list' && candidate.example[0]!.toLowerCase() === text.trim().toLowerCase());
    return slot ? `the ${slot.name} (\`--${flagOf(slot.name)}\`)` : JSON.stringify(text);
  };
  const name = target ? (target.text || target.label || target.attributes?.['aria-label'] || '').trim() : '';
  const where = target ? `the ${target.role}${name ? ` ${valueWords(name).startsWith('the ') ? `named after ${valueWords(name)}` : `"${name}"`}` : ''}` : 'a point on the page';
  const action = step.action;
  switch (action.type) {
    case 'click':
      return `Click ${where}.`;
    case 'double-click':
      return `Double-click ${where}.`;
    case 'right-click':
      return `Right-click ${where}.`;
    case 'type':
      return `Type ${valueWords(action.text)}${action.target ? ` into ${where}` : ''}${action.replace ? ', replacing what it held' : ''}.`;
    case 'select':
      return `Choose ${valueWords(action.option)} in ${where}.`;
    case 'press':
      return `Press ${action.keys}.`;
    case 'scroll':
      return `Scroll ${action.deltaY >= 0 ? 'down' : 'up'} ${Math.abs(action.deltaY)} px${action.target ? ` over ${where}` : ''}.`;
    case 'drag':
      return `Drag ${where} to ${step.targets[1] ? `the ${step.targets[1].role} "${step.targets[1].text || step.targets[1].label || ''}"` : 'a point'}.`;
    case 'wait':
      return `Wait ${action.ms} ms.`;
    default:
      return 'Finish.';
  }
}
