/**
 * `understudy export … --to script.mjs`: a demonstration as a standalone
 * Node script that needs only playwright-core and a Chromium. Each step finds
 * its target the way a person would name it — by role and accessible name,
 * by label, by text (never by the stored coordinates when there was an
 * element) — waits for it, and refuses (exit 2, naming the step) when it is
 * missing or ambiguous instead of clicking something else. The task's values
 * are command-line parameters (`--name "Grace Hopper"`). On a page that
 * follows the MiniWoB protocol the script can start an episode at a seed
 * (`--seed 7`) and reports the page's reward.
 */
import type { Action } from '../../agent/core/action.js';
import { UserFacingError } from '../../agent/core/errors.js';
import type { Step, TargetDescriptor } from '../../agent/core/trajectory.js';
import type { TaskSlot } from '../mcp/task-slots.js';
import type { ExportSource } from './export-source.js';

/** ARIA roles Playwright's getByRole understands that our observation also uses. */
const ARIA_ROLES = new Set([
  'button', 'link', 'checkbox', 'radio', 'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'tab', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'switch', 'slider', 'spinbutton', 'treeitem', 'heading', 'cell', 'gridcell', 'row', 'listitem', 'img',
]);

interface Candidate {
  /** How it finds the element, in words (for the refusal message). */
  how: string;
  /** A JS expression building the locator. */
  code: string;
}

/** A JS expression for a value: a parameter when it is a slot's demonstrated value, else the literal. */
type ValueExpression = (text: string) => string;

export interface ExportScriptOptions {
  generatedAt?: Date;
  /** The page the script opens by default; default the URL the demonstration started on. */
  defaultUrl?: string;
}

export function renderExportScript(source: ExportSource, options: ExportScriptOptions = {}): string {
  const { trajectory, slots } = source;
  if (trajectory.environment !== 'browser') {
    throw new UserFacingError(
      `trajectory ${trajectory.id} was recorded on the ${trajectory.environment}, and an exported script drives a browser page`,
      'export it as a skill file (--to task.md), or replay it with: understudy replay ' + trajectory.id,
    );
  }
  const steps = trajectory.steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done');
  const valueOf = valueExpression(slots);
  const nameOf = nameExpression(slots);
  const body: string[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    const list = listSlotOf(step, slots);
    if (list) {
      // Consecutive steps on items of a list parameter become one loop over the parameter.
      let last = index;
      while (last + 1 < steps.length && listSlotOf(steps[last + 1]!, slots) === list && steps[last + 1]!.action.type === step.action.type) last++;
      body.push(renderListStep(index + 1, step, list, steps[last + 1]));
      index = last;
      continue;
    }
    body.push(renderStep(index + 1, step, valueOf, nameOf));
  }
  const url = options.defaultUrl ?? trajectory.steps[0]?.observation.url ?? '';
  const parameters = slots.map((slot) => ({ name: slot.name, flag: flagOf(slot.name), type: slot.type, example: slot.type === 'list' ? slot.example : slot.example[0] }));
  const header = [
    '#!/usr/bin/env node',
    `// ${source.template}`,
    `// Exported by \`understudy export\` from trajectory ${trajectory.id} (${source.name}) on ${(options.generatedAt ?? new Date()).toISOString().slice(0, 10)}.`,
    '// Standalone: needs only playwright-core (npm install playwright-core) and a Chromium.',
    `// Run: node ${scriptUsage(parameters)}`,
    '// Each step waits for its target and refuses (exit 2, naming the step) when it is missing or ambiguous.',
  ];
  return [
    ...header,
    "import { chromium } from 'playwright-core';",
    "import { parseArgs } from 'node:util';",
    '',
    `const TASK = ${JSON.stringify(source.template)};`,
    `const DEFAULT_URL = ${JSON.stringify(url)};`,
    `const PARAMETERS = ${JSON.stringify(parameters, null, 2)};`,
    '',
    RUNTIME,
    '',
    'async function perform(page, params, timeoutMs) {',
    ...body.map((block) => indent(block, 2)),
    '}',
    '',
    'main().catch((error) => {',
    "  process.stderr.write((error instanceof Refusal ? 'refused: ' : 'failed: ') + error.message + '\\n');",
    '  process.exit(error instanceof Refusal ? 2 : 1);',
    '});',
    '',
  ].join('\n');
}

function renderStep(number: number, step: Step, valueOf: ValueExpression, nameOf: ValueExpression): string {
  const action = step.action;
  const lines: string[] = [`// Step ${number}: ${describe(step)}`];
  const find = (target: TargetDescriptor | undefined) => {
    if (!target) return undefined;
    const candidates = candidatesOf(target, nameOf);
    if (candidates.length === 0) return undefined;
    return `await find(page, ${number}, ${targetWords(target, nameOf)}, [\n${candidates.map((candidate) => `  [${JSON.stringify(candidate.how)}, () => ${candidate.code}],`).join('\n')}\n], timeoutMs);`;
  };
  const pointOf = (target: unknown) => (target && typeof target === 'object' && 'x' in target ? (target as { x: number; y: number }) : undefined);
  const elementLine = (name: string, descriptor: TargetDescriptor | undefined, target: unknown) => {
    const found = find(descriptor);
    if (found) return `const ${name} = ${found}`;
    const point = pointOf(target);
    return point ? undefined : `throw new Refusal(${number}, 'the demonstration\\'s target has no name, label or text to find it by');`;
  };
  const stepCode = (() => {
    switch (action.type) {
      case 'click':
      case 'double-click':
      case 'right-click': {
        const point = pointOf(action.target);
        if (point) return [`// The demonstration clicked a point, not an element: CSS pixels of the viewport.`, `await page.mouse.${action.type === 'double-click' ? 'dblclick' : 'click'}(${point.x}, ${point.y}${action.type === 'right-click' ? ", { button: 'right' }" : ''});`];
        const method = action.type === 'double-click' ? 'dblclick()' : action.type === 'right-click' ? "click({ button: 'right' })" : 'click()';
        return [elementLine('target', step.targets[0], action.target)!, `await target.${method};`];
      }
      case 'type': {
        const lines2: string[] = [];
        if (action.target && !pointOf(action.target)) {
          lines2.push(elementLine('target', step.targets[0], action.target)!, 'await target.click();');
          if (action.replace) lines2.push("await target.fill('');");
        } else if (pointOf(action.target)) {
          const point = pointOf(action.target)!;
          lines2.push(`await page.mouse.click(${point.x}, ${point.y}); // a point, not an element`);
        }
        lines2.push(`await page.keyboard.type(${valueOf(action.text)});`);
        return lines2;
      }
      case 'press':
        return [`await page.keyboard.press(${JSON.stringify(action.keys)});`];
      case 'select':
        return [elementLine('target', step.targets[0], action.target)!, `await target.selectOption({ label: ${valueOf(action.option)} });`];
      case 'scroll': {
        const over = action.target && !pointOf(action.target) ? [elementLine('target', step.targets[0], action.target)!, 'await target.hover();'] : [];
        return [...over, `await page.mouse.wheel(${action.deltaX ?? 0}, ${action.deltaY});`];
      }
      case 'drag': {
        const fromPoint = pointOf(action.from);
        const toPoint = pointOf(action.to);
        if (!fromPoint && !toPoint) return [elementLine('from', step.targets[0], action.from)!, elementLine('to', step.targets[1], action.to)!, 'await from.dragTo(to);'];
        return [
          '// A drag between points (CSS pixels of the viewport).',
          `await page.mouse.move(${fromPoint?.x ?? 0}, ${fromPoint?.y ?? 0});`,
          'await page.mouse.down();',
          `await page.mouse.move(${toPoint?.x ?? 0}, ${toPoint?.y ?? 0}, { steps: 10 });`,
          'await page.mouse.up();',
        ];
      }
      case 'wait':
        return [`await page.waitForTimeout(${action.ms});`];
      default:
        return [];
    }
  })();
  lines.push('{', ...stepCode.filter((line): line is string => line !== undefined).map((line) => indent(line, 2)), '}');
  return lines.join('\n');
}

function renderListStep(number: number, step: Step, slot: TaskSlot, next: Step | undefined): string {
  const target = step.targets[0]!;
  const exactly = target.role === 'checkbox' && step.action.type === 'click' && leftExactlyListed(next, slot);
  const role = ARIA_ROLES.has(target.role) ? target.role : undefined;
  const candidates: Candidate[] = [];
  if (role) candidates.push({ how: `role ${role} named after the item`, code: `page.getByRole(${JSON.stringify(role)}, { name: item, exact: true })` });
  candidates.push({ how: 'label naming the item', code: 'page.getByLabel(item, { exact: true })' });
  candidates.push({ how: 'text of the item', code: 'page.getByText(item, { exact: true })' });
  const method = target.role === 'checkbox' && step.action.type === 'click' ? 'check()' : 'click()';
  return [
    `// Step ${number}: for each of ${slot.name}, ${step.action.type} the ${target.role} named after it (demonstrated: ${slot.example.join(', ')})`,
    ...(exactly ? ['const listed = [];'] : []),
    `for (const item of params.${slot.name}) {`,
    `  const target = await find(page, ${number}, ${JSON.stringify(`${target.role} named `)} + JSON.stringify(item), [`,
    ...candidates.map((candidate) => `    [${JSON.stringify(candidate.how)}, () => ${candidate.code}],`),
    '  ], timeoutMs);',
    ...(exactly ? ['  listed.push(await target.elementHandle());'] : []),
    `  await target.${method};`,
    '}',
    ...(exactly
      ? [
          '// The demonstration left exactly the listed boxes ticked: untick any other.',
          "for (const box of await page.getByRole('checkbox', { checked: true }).filter({ visible: true }).elementHandles()) {",
          '  if (!(await box.evaluate((element, handles) => handles.includes(element), listed))) await box.uncheck();',
          '}',
        ]
      : []),
  ].join('\n');
}

/**
 * Did the demonstration leave exactly the list's checkboxes ticked (and some
 * other box unticked)? Read from the observation after its list steps.
 */
function leftExactlyListed(next: Step | undefined, slot: TaskSlot): boolean {
  if (!next) return false;
  const boxes = next.observation.elements.filter((element) => element.role === 'checkbox');
  const items = new Set(slot.example.map((item) => item.trim().toLowerCase()));
  const nameOf = (element: (typeof boxes)[number]) => (element.text || element.label || '').trim().toLowerCase();
  const ticked = boxes.filter((element) => element.states?.checked === true).map(nameOf);
  return ticked.length === items.size && ticked.every((name) => items.has(name)) && boxes.length > ticked.length;
}

/** Ways to find the element a descriptor describes, most specific first; never its stored coordinates. */
function candidatesOf(target: TargetDescriptor, nameOf: ValueExpression): Candidate[] {
  const candidates: Candidate[] = [];
  const name = (target.text || target.label || target.attributes?.['aria-label'] || '').trim();
  const nameCode = name ? nameOf(name) : undefined;
  const fromParameter = nameCode !== undefined && !nameCode.startsWith('"');
  const shown = (text: string) => {
    const code = nameOf(text);
    const parameter = code.match(/params\.(\w+)/)?.[1];
    return parameter ? `the --${flagOf(parameter)} value` : JSON.stringify(text);
  };
  if (name && ARIA_ROLES.has(target.role)) candidates.push({ how: `role ${target.role} named ${shown(name)}`, code: `page.getByRole(${JSON.stringify(target.role)}, { name: ${nameCode}, exact: true })` });
  const label = target.label?.trim();
  if (label) candidates.push({ how: `label ${shown(label)}`, code: `page.getByLabel(${nameOf(label)}, { exact: true })` });
  const placeholder = target.attributes?.placeholder?.trim();
  if (placeholder) candidates.push({ how: `placeholder ${JSON.stringify(placeholder)}`, code: `page.getByPlaceholder(${JSON.stringify(placeholder)}, { exact: true })` });
  const text = target.text?.trim();
  const isField = ['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'slider', 'spinbutton'].includes(target.role);
  if (text && !isField) candidates.push({ how: `text ${shown(text)}`, code: `page.getByText(${nameOf(text)}, { exact: true })` });
  // An id names the element the demonstration used; a parameter's element is found by the new value only.
  const id = target.attributes?.id;
  if (id && !fromParameter && (candidates.length === 0 || isField)) candidates.push({ how: `id ${JSON.stringify(id)}`, code: `page.locator(${JSON.stringify(`[id="${id.replace(/"/g, '\\"')}"]`)})` });
  if (candidates.length === 0 && ARIA_ROLES.has(target.role)) candidates.push({ how: `the only ${target.role}`, code: `page.getByRole(${JSON.stringify(target.role)})` });
  return candidates;
}

function targetWords(target: TargetDescriptor, nameOf: ValueExpression): string {
  const name = (target.text || target.label || target.attributes?.['aria-label'] || '').trim();
  if (!name) return JSON.stringify(`the ${target.role}`);
  const code = nameOf(name);
  return code.startsWith('"') ? JSON.stringify(`${target.role} ${JSON.stringify(name)}`) : `${JSON.stringify(`${target.role} `)} + JSON.stringify(${code})`;
}

function describe(step: Step): string {
  const target = step.targets[0];
  const name = target ? `${target.role} ${JSON.stringify((target.text || target.label || '').trim())}` : '';
  const action: Action = step.action;
  switch (action.type) {
    case 'type':
      return `type ${JSON.stringify(action.text)}${name ? ` into ${name}` : ''}`;
    case 'select':
      return `choose ${JSON.stringify(action.option)}${name ? ` in ${name}` : ''}`;
    case 'press':
      return `press ${action.keys}`;
    case 'scroll':
      return `scroll ${action.deltaY >= 0 ? 'down' : 'up'} ${Math.abs(action.deltaY)} px`;
    case 'wait':
      return `wait ${action.ms} ms`;
    default:
      return `${action.type} ${name || 'a point'}`;
  }
}

function scalarSlots(slots: readonly TaskSlot[]): TaskSlot[] {
  return slots.filter((slot) => slot.type !== 'list').sort((a, b) => b.example[0]!.length - a.example[0]!.length);
}

function paramCode(slot: TaskSlot): string {
  return slot.type === 'number' ? `String(params.${slot.name})` : `params.${slot.name}`;
}

/** Typed text: a parameter where it holds a slot's demonstrated value (whole or inside), else the literal. */
function valueExpression(slots: readonly TaskSlot[]): ValueExpression {
  return (text) => {
    const scalars = scalarSlots(slots);
    const exact = scalars.find((slot) => slot.example[0]!.toLowerCase() === text.trim().toLowerCase());
    if (exact) return paramCode(exact);
    for (const slot of scalars) {
      const at = text.indexOf(slot.example[0]!);
      if (at >= 0 && slot.example[0]!.length >= 3) {
        return `${JSON.stringify(text.slice(0, at))} + ${paramCode(slot)} + ${JSON.stringify(text.slice(at + slot.example[0]!.length))}`;
      }
    }
    return JSON.stringify(text);
  };
}

/** An element's name: a parameter only when it is exactly a slot's demonstrated value. */
function nameExpression(slots: readonly TaskSlot[]): ValueExpression {
  return (text) => {
    const exact = scalarSlots(slots).find((slot) => slot.example[0]!.toLowerCase() === text.trim().toLowerCase());
    return exact ? paramCode(exact) : JSON.stringify(text);
  };
}

function listSlotOf(step: Step, slots: readonly TaskSlot[]): TaskSlot | undefined {
  const target = step.targets[0];
  if (!target || !['click', 'double-click'].includes(step.action.type)) return undefined;
  const name = (target.text || target.label || '').trim().toLowerCase();
  return slots.find((slot) => slot.type === 'list' && slot.example.some((item) => item.toLowerCase() === name));
}

export function flagOf(name: string): string {
  return name.replace(/_/g, '-');
}

function scriptUsage(parameters: { flag: string; example: unknown }[]): string {
  const examples = parameters.map((parameter) => `--${parameter.flag} ${JSON.stringify(Array.isArray(parameter.example) ? parameter.example.join(', ') : parameter.example)}`);
  return ['<script>.mjs', ...examples, '[--url <url>] [--seed <n>] [--headed]'].join(' ');
}

function indent(block: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return block
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/**
 * The script's fixed part: arguments, the browser, the MiniWoB protocol, and
 * `find` — wait for exactly one visible match among the candidates, else refuse.
 */
const RUNTIME = String.raw`class Refusal extends Error {
  constructor(step, message) {
    super('step ' + step + ': ' + message);
    this.step = step;
  }
}

function usage() {
  const lines = ['Performs: ' + TASK, '', 'Parameters:'];
  for (const parameter of PARAMETERS) {
    const example = Array.isArray(parameter.example) ? parameter.example.join(', ') : parameter.example;
    lines.push('  --' + parameter.flag + ' <' + parameter.type + '>' + (parameter.type === 'list' ? ' (repeat it, or separate items with commas)' : '') + '   e.g. ' + JSON.stringify(example));
  }
  lines.push('', 'Options:', '  --url <url>        page to open (default ' + (DEFAULT_URL || 'none') + ')', '  --seed <n>         on a MiniWoB-protocol page: start the episode at this seed',
    '  --headed           show the browser (needs a display)', '  --timeout <ms>     how long each step waits for its target (default 10000)',
    '  --chromium <path>  Chromium executable (default $CHROMIUM or /usr/bin/chromium)');
  return lines.join('\n');
}

function readArguments() {
  const options = { url: { type: 'string' }, seed: { type: 'string' }, headed: { type: 'boolean' }, timeout: { type: 'string' }, chromium: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
  for (const parameter of PARAMETERS) options[parameter.flag] = { type: 'string', multiple: parameter.type === 'list' };
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: false });
  } catch (error) {
    process.stderr.write(error.message + '\n\n' + usage() + '\n');
    process.exit(64);
  }
  const values = parsed.values;
  if (values.help) {
    process.stdout.write(usage() + '\n');
    process.exit(0);
  }
  const params = {};
  const problems = [];
  for (const parameter of PARAMETERS) {
    const raw = values[parameter.flag];
    if (raw === undefined) {
      problems.push('--' + parameter.flag + ' is missing (e.g. ' + JSON.stringify(Array.isArray(parameter.example) ? parameter.example.join(', ') : parameter.example) + ')');
      continue;
    }
    if (parameter.type === 'list') {
      params[parameter.name] = raw.flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
      if (params[parameter.name].length === 0) problems.push('--' + parameter.flag + ' needs at least one item');
    } else if (parameter.type === 'number') {
      params[parameter.name] = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(params[parameter.name])) problems.push('--' + parameter.flag + ' must be a number, got ' + JSON.stringify(raw));
    } else if (parameter.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) {
      problems.push('--' + parameter.flag + ' must be an e-mail address, got ' + JSON.stringify(raw));
    } else {
      params[parameter.name] = raw;
    }
  }
  const timeoutMs = values.timeout === undefined ? 10000 : Number(values.timeout);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) problems.push('--timeout must be a positive number of milliseconds');
  const url = values.url ?? DEFAULT_URL;
  if (!url) problems.push('--url is missing');
  if (problems.length > 0) {
    process.stderr.write(problems.join('\n') + '\n\n' + usage() + '\n');
    process.exit(64);
  }
  const seed = values.seed === undefined ? undefined : /^-?\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  return { params, url, seed, headed: Boolean(values.headed), timeoutMs, chromium: values.chromium ?? process.env.CHROMIUM ?? process.env.UNDERSTUDY_CHROMIUM ?? '/usr/bin/chromium' };
}

/** Wait until exactly one visible element matches one of the candidates; refuse when none does, or only several. */
async function find(page, step, what, candidates, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let ambiguous;
  for (;;) {
    for (const [how, make] of candidates) {
      const locator = make().filter({ visible: true });
      const count = await locator.count();
      if (count === 1) return locator;
      if (count > 1) ambiguous = { how, count };
    }
    if (Date.now() >= deadline) break;
    await page.waitForTimeout(100);
  }
  if (ambiguous) throw new Refusal(step, what + ' is ambiguous: ' + ambiguous.count + ' visible elements match its ' + ambiguous.how + '; refusing to guess');
  throw new Refusal(step, what + ' was not found within ' + timeoutMs + ' ms (looked for its ' + candidates.map(([how]) => how).join(', then ') + '); refusing to act on anything else');
}

/** MiniWoB protocol: a page with core.startEpisodeReal; start an episode, seeded when asked (as the reference gym does). */
async function startEpisode(page, seed) {
  const protocol = await page.evaluate(() => typeof window.core === 'object' && typeof window.core.startEpisodeReal === 'function');
  if (!protocol) {
    if (seed !== undefined) throw new Error('--seed needs a page that follows the MiniWoB protocol (core.startEpisodeReal), and this one does not');
    return false;
  }
  await page.evaluate((seed) => {
    window.core.endEpisode(0);
    if (seed !== null) Math.seedrandom(seed);
    window.core.setDataMode('train');
    window.core.startEpisodeReal();
  }, seed === undefined ? null : seed);
  await page.waitForFunction(() => window.WOB_TASK_READY !== false, null, { timeout: 5000 });
  const utterance = await page.evaluate(() => window.core.getUtterance());
  process.stderr.write('episode: ' + (typeof utterance === 'string' ? utterance : JSON.stringify(utterance)) + '\n');
  return true;
}

async function main() {
  const { params, url, seed, headed, timeoutMs, chromium: executablePath } = readArguments();
  const browser = await chromium.launch({
    executablePath,
    headless: !headed,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(/^[a-z]+:/i.test(url) ? url : 'file://' + (url.startsWith('/') ? url : process.cwd() + '/' + url), { waitUntil: 'load' });
    const miniwob = await startEpisode(page, seed);
    await perform(page, params, timeoutMs);
    if (miniwob) {
      await page.waitForFunction(() => window.WOB_DONE_GLOBAL === true, null, { timeout: 3000 }).catch(() => undefined);
      const status = await page.evaluate(() => ({ done: window.WOB_DONE_GLOBAL === true, reward: window.WOB_RAW_REWARD_GLOBAL }));
      process.stdout.write(JSON.stringify(status) + '\n');
      if (!status.done || status.reward !== 1) process.exitCode = 3;
    } else {
      process.stdout.write(JSON.stringify({ done: true }) + '\n');
    }
  } finally {
    await browser.close();
  }
}`;
