/**
 * The demonstrated task on the GTK sign-up app, and the "person" who
 * demonstrates it in `understudy demo --desktop --app gtk`: real input only
 * (xdotool moves the X pointer and presses keys, exactly as a mouse and a
 * keyboard would), aimed at what the person sees on the screen — each target
 * named by role and name and looked up afresh before it is used. The
 * desktop recorder hears that input like any other; the agent never runs
 * this code, it learns the task from the recording.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { boxCentre, type Observation, type UIElement } from '../../../agent/core/observation.js';
import { groundByText } from '../form-task.js';

const run = promisify(execFile);

export const SIGNUP_TASK = 'Sign up Ada Lovelace (ada@example.org) on the Pro plan, interested in Computing, with the newsletter';
/** The new instance the offline policy performs: another person, plan and interest. */
export const SIGNUP_NEW_TASK = 'Sign up Grace Hopper (grace@example.com) on the Team plan, interested in Mathematics, with the newsletter';

/** One thing the person does: click a control (by role and name), or type on the keyboard into what has focus. */
export type HandStep = { do: 'click'; role: string; name: string } | { do: 'type'; text: string };

export const SIGNUP_SCRIPT: readonly HandStep[] = [
  { do: 'click', role: 'textbox', name: 'Full name' },
  { do: 'type', text: 'Ada Lovelace' },
  { do: 'click', role: 'textbox', name: 'Email address' },
  { do: 'type', text: 'ada@example.org' },
  { do: 'click', role: 'checkbox', name: 'Send me the newsletter' },
  { do: 'click', role: 'radio', name: 'Pro' },
  { do: 'click', role: 'option', name: 'Computing' },
  { do: 'click', role: 'button', name: 'Sign up' },
];

export interface HandOptions {
  /** The X display the input goes to. */
  display: string;
  /** What the person sees now (an observation of the screen). */
  look: () => Promise<Observation>;
  /** Called after each input: lets a recorder catch up before the next one (a person's pace). */
  afterInput?: () => Promise<void>;
  /** Told each step as it is done. */
  onStep?: (step: HandStep, element?: UIElement) => void;
  /** Milliseconds between key presses. Default 40. */
  keyDelayMs?: number;
}

/** Do the script with real input; throws naming the control that is not on the screen. */
export async function doByHand(script: readonly HandStep[], options: HandOptions): Promise<void> {
  const env = { ...process.env, DISPLAY: options.display };
  const xdotool = (...args: string[]) => run('xdotool', args, { env, timeout: 20_000 });
  for (const step of script) {
    if (step.do === 'type') {
      await xdotool('type', '--delay', String(options.keyDelayMs ?? 40), step.text);
      options.onStep?.(step);
    } else {
      const seen = await options.look();
      // A person aims at what shows: the accessibility tree's controls say what they are.
      const onScreen = seen.elements.filter((element) => !element.attributes?.offscreen);
      const element = groundByText(onScreen.filter((candidate) => candidate.source === 'a11y'), step.role, step.name) ?? groundByText(onScreen, step.role, step.name);
      if (!element) throw new Error(`the demonstrator sees no ${step.role} "${step.name}" on the screen`);
      const centre = boxCentre(element.box);
      const scale = seen.viewport.deviceScaleFactor;
      await xdotool('mousemove', String(Math.round(centre.x * scale)), String(Math.round(centre.y * scale)), 'click', '1');
      options.onStep?.(step, element);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    await options.afterInput?.();
  }
}
