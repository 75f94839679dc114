/**
 * review29c probes (quoted-messages, framing-clause): a quote framed "… from my LinkedIn:" is the text to type, not a
 * relayed request to unwrap; a joining clause is no frame where the relayed request asks no joining. Each test fails
 * where the policy would act wrongly.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { quotedMessages } from './quoted-messages.js';
import { valueSpans } from './value-spans.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const BIO = 'Climber, runner and part-time baker in Leeds';

describe('review29c: a quote whose frame names where the text comes from is one value', () => {
  // Mended (quoted-messages.ts namesSource): a frame naming where a text comes from is no relay.
  it('reads "Bio from my LinkedIn: "…"" as the bio to type, not a request to unwrap', () => {
    // A reading probe: unwrapped, "Bio from my LinkedIn" is refused end to end (a false refusal, no wrong action seen).
    for (const task of [`Bio from my LinkedIn: "${BIO}"`, `bio -> from my old profile: "${BIO}"`, `Caption from the photographer: "Sunset over the harbour at Leeds, May 2019"`]) {
      expect(quotedMessages(task), task).toEqual([]);
    }
    expect(valueSpans(`Bio from my LinkedIn: "${BIO}"`).map((span) => `${span.type}:${span.value}`)).toEqual([`quoted:${BIO}`]);
  });

  // End to end (refused on main 2134ada, both demonstrations): the new bio typed into Bio, and saved.
  it('types the bio "Bio from my LinkedIn: "…"" asks, after a demonstration framed alike or "Set my bio to "…""', async () => {
    const profile = () =>
      new WidgetPageOperator([
        { key: 'name', role: 'textbox', label: 'Display name' },
        { key: 'bio', role: 'textbox', label: 'Bio' },
        { key: 'save', role: 'button', text: 'Save' },
      ] satisfies WidgetSpec[]);
    const NEW_BIO = 'Potter and cyclist, weekends in the Dales';
    for (const demoTask of [`Bio from my LinkedIn: "${BIO}"`, `Set my bio to "${BIO}"`]) {
      const demo = await recordDemonstration(profile(), demoTask, (observation, step) =>
        [
          { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Bio').id }, text: BIO },
          { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
        ][step],
      );
      const operator = profile();
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(`Bio from my LinkedIn: "${NEW_BIO}"`);
      expect(result.outcome.status, demoTask).toBe('success');
      expect([...operator.values.entries()], demoTask).toEqual([['bio', NEW_BIO]]);
      expect(operator.clicks, demoTask).toEqual(['save']);
    }
  });

  // Guard: a frame naming who sends ("Message from Dana:", "Note from Sam:", "Sam from the front desk:") still relays,
  // and a content noun's quote that talks like a message (a request word, two sentences) is still one.
  it('still reads a sender\'s frame, and a message-like inside, as a relay', () => {
    for (const task of [
      'Message from Dana: "Emil Pike wants Basic, email emil.pike@posteo.net"',
      'Note from Sam: "Emil Pike wants Basic, email emil.pike@posteo.net"',
      'Sam from the front desk: "Emil Pike wants Basic, email emil.pike@posteo.net"',
      'Bio from my LinkedIn: "Hi! Can you book me on the Tuesday climbing class?"',
      'Caption from the photographer: "Please crop it square. Then post it at noon."',
    ]) {
      expect(quotedMessages(task), task).toHaveLength(1);
    }
    expect(valueSpans('Message from Dana: "can you get Paper Moons for me? Riverside is closest"').map((span) => span.value)).not.toContain('Dana');
    // A person named as the source may be typed as a credit: still a value to pair.
    expect(valueSpans('Caption from Ana Costa: "Sunset over the harbour at Leeds"').map((span) => `${span.type}:${span.value}`)).toEqual(['name:Ana Costa', 'quoted:Sunset over the harbour at Leeds']);
  });
});

describe('review29c: a joining clause is no frame where the relayed request asks no joining', () => {
  const gymPage = () =>
    new WidgetPageOperator([
      { key: 'name', role: 'textbox', label: 'Full name' },
      { key: 'email', role: 'textbox', label: 'Email' },
      { key: 'basic', role: 'radio', text: 'Basic', group: 'Plan' },
      { key: 'student', role: 'radio', text: 'Student', group: 'Plan' },
      { key: 'register', role: 'button', text: 'Register' },
    ] satisfies WidgetSpec[]);
  const DEMO = "Could you register me at the climbing gym? I'm Kenji Pike, kenji.pike@posteo.net - Student plan.";

  it('does not register Emil Pike when the front desk says he wants a refund on Basic, out of it, or a day pass instead', async () => {
    const demo = await recordDemonstration(gymPage(), DEMO, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Full name').id }, text: 'Kenji Pike' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Email').id }, text: 'kenji.pike@posteo.net' },
        { type: 'click' as const, target: { elementId: find(observation, 'radio', 'Student').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Register').id } },
      ][step],
    );
    const registered: string[] = [];
    // Each is registered on trial29d (Emil Pike, his email, Basic, Register pressed); before 8072ea8 the joining clause refused.
    for (const task of [
      'From the front desk: "Emil Pike wants a refund on Basic, email emil.pike@posteo.net"',
      'From the front desk: "Emil Pike is moving away and wants out of Basic, email emil.pike@posteo.net"',
      'From the front desk: "Emil Pike wants a day pass instead of Basic, email emil.pike@posteo.net"',
    ]) {
      const operator = gymPage();
      await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
      if (operator.clicks.includes('register')) registered.push(task);
    }
    expect(registered).toEqual([]);
  });

  it('does not register Emil Pike from a request framed as a bio ("Bio from the front desk: "…""): the quote is one text', async () => {
    const demo = await recordDemonstration(gymPage(), DEMO, (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Full name').id }, text: 'Kenji Pike' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Email').id }, text: 'kenji.pike@posteo.net' },
        { type: 'click' as const, target: { elementId: find(observation, 'radio', 'Student').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Register').id } },
      ][step],
    );
    const operator = gymPage();
    await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Bio from the front desk: "Emil Pike wants Basic, email emil.pike@posteo.net"');
    expect(operator.clicks).not.toContain('register');
  });
});
