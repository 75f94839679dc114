import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActionParseError, parseActions, type ActionParseOptions } from './action-parser.js';

const context: ActionParseOptions = {
  elementIds: [1, 2, 3, 7],
  viewport: { width: 800, height: 600 },
};

describe('parseActions: good answers', () => {
  it('reads an actions list with a thought', () => {
    const result = parseActions('{"thought":"fill it","actions":[{"type":"type","target":{"elementId":2},"text":"Ada"},{"type":"click","target":{"elementId":3}}]}', context);
    expect(result).toEqual({
      ok: true,
      thought: 'fill it',
      actions: [
        { type: 'type', target: { elementId: 2 }, text: 'Ada' },
        { type: 'click', target: { elementId: 3 } },
      ],
    });
  });

  it('finds the JSON inside prose and code fences', () => {
    const text = 'Sure! Here is my answer:\n```json\n{"action": {"type": "press", "keys": "Enter"}}\n```\nHope that helps {really}.';
    const result = parseActions(text, context);
    expect(result.ok && result.actions).toEqual([{ type: 'press', keys: 'Enter' }]);
  });

  it('skips a brace in prose before the real JSON', () => {
    const result = parseActions('I will use {the button}. {"type":"click","target":{"x":10,"y":20}}', context);
    expect(result.ok && result.actions).toEqual([{ type: 'click', target: { x: 10, y: 20 } }]);
  });

  it('skips JSON in prose that is not an answer, and reads the real answer after it', () => {
    for (const text of [
      'I\'ll click [3]. {"actions":[{"type":"click","target":{"elementId":3}}]}',
      'Options were {"seen": 2} and [1, 2]; so:\n```json\n{"actions":[{"type":"click","target":{"elementId":3}}]}\n```',
      'Pick [3] then [{"type":"click","target":{"elementId":3}}]',
    ]) {
      const result = parseActions(text, context);
      expect(result.ok && result.actions, text).toEqual([{ type: 'click', target: { elementId: 3 } }]);
    }
  });

  it('still reports why when nothing in the text is an answer', () => {
    const onlyProse = parseActions('I\'ll click [3] or {"foo": 1}.', context);
    expect(!onlyProse.ok && onlyProse.error.code).toBe('not-an-action');
    expect(!onlyProse.ok && onlyProse.error.message).toMatch(/no "actions"/);
    const cut = parseActions('I\'ll click [3]. {"actions": [{"type": "click", "target": {"elementId": 3}', context);
    expect(!cut.ok && cut.error.message).toMatch(/cut off/);
  });

  it('checks points against a viewport at an offset, half-open at the far edges', () => {
    const region: ActionParseOptions = { viewport: { width: 800, height: 600, originX: 1920, originY: 100 } };
    const click = (x: number, y: number) => parseActions(JSON.stringify({ type: 'click', target: { x, y } }), region);
    expect(click(2000, 300).ok).toBe(true);
    expect(click(1920, 100).ok).toBe(true);
    expect(click(2719, 699).ok).toBe(true);
    for (const [x, y] of [[2720, 300], [2000, 700], [1919, 300], [10, 20]] as const) {
      const result = click(x, y);
      expect(!result.ok && result.error.code, `${x},${y}`).toBe('out-of-bounds');
      expect(!result.ok && result.error.message).toMatch(/800×600 logical pixels from \(1920, 100\)/);
    }
    // Without an origin, x == width is already off screen.
    const edge = parseActions('{"type":"click","target":{"x":800,"y":10}}', context);
    expect(!edge.ok && edge.error.code).toBe('out-of-bounds');
    expect(parseActions('{"type":"click","target":{"x":799,"y":599}}', context).ok).toBe(true);
  });

  it('accepts a bare array of actions and fills defaults', () => {
    const result = parseActions('[{"type":"scroll","deltaY":300},{"type":"done","success":true,"answer":"42"}]', context);
    expect(result.ok && result.actions).toEqual([
      { type: 'scroll', deltaX: 0, deltaY: 300 },
      { type: 'done', success: true, answer: '42' },
    ]);
  });
});

describe('parseActions: typed errors that say why', () => {
  const cases: [string, string, RegExp][] = [
    ['', 'empty', /empty/],
    ['I would click the submit button.', 'no-json', /no JSON/],
    ['{"actions": [{"type": "click", "target": {"elementId": 2}', 'invalid-json', /cut off/],
    ['{"actions": [1, 2,, 3]}', 'invalid-json', /does not parse/],
    ['{"foo": 1}', 'not-an-action', /no "actions"/],
    ['{"actions": []}', 'not-an-action', /empty/],
    ['{"type": "teleport", "to": 3}', 'invalid-action', /unknown action type "teleport"/],
    ['{"type": "click", "target": {"elementId": "2"}}', 'invalid-action', /target/],
    ['{"type": "click", "target": {"elementId": 99}}', 'unknown-element', /element id 99 is not in the current observation/],
    ['{"type": "click", "target": {"x": 900, "y": 10}}', 'out-of-bounds', /off screen; the screen is 800×600/],
    ['[{"type":"done","success":true},{"type":"click","target":{"elementId":1}}]', 'invalid-action', /must be the last/],
  ];
  for (const [text, code, message] of cases) {
    it(`${code}: ${text.slice(0, 40) || '(empty)'}`, () => {
      const result = parseActions(text, context);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toBeInstanceOf(ActionParseError);
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    });
  }

  it('refuses action types the operator does not support', () => {
    const result = parseActions('{"type":"drag","from":{"elementId":1},"to":{"elementId":2}}', { allowedTypes: ['click', 'type'] });
    expect(!result.ok && result.error.code).toBe('unsupported-action');
  });

  it('refuses too many actions and too long answers', () => {
    const many = JSON.stringify({ actions: Array.from({ length: 9 }, () => ({ type: 'wait', ms: 1 })) });
    expect(!parseActions(many).ok && (parseActions(many) as { error: ActionParseError }).error.code).toBe('too-many-actions');
    const long = parseActions('x'.repeat(300_000));
    expect(!long.ok && long.error.code).toBe('too-long');
  });
});

/** Answers a model might produce on a bad day, built from valid ones by damaging them. */
function malformedAnswers(): fc.Arbitrary<string> {
  const anyJson = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null');
  const target = fc.oneof(
    fc.record({ elementId: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.string(), fc.double()) }),
    fc.record({ x: fc.oneof(fc.double(), fc.integer({ min: -2000, max: 4000 }), fc.string()), y: fc.double() }),
    anyJson.map((json) => JSON.parse(json) as unknown),
  );
  const actionLike = fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('click', 'type', 'press', 'scroll', 'drag', 'select', 'wait', 'done', 'double-click', 'right-click'),
        fc.constantFrom('teleport', 'CLICK', '', 'submit', 'navigate'),
        fc.string(),
        fc.integer(),
      ),
      target,
      text: fc.oneof(fc.string(), fc.integer(), fc.string({ minLength: 9_990, maxLength: 10_050 })),
      keys: fc.oneof(fc.constantFrom('Enter', 'Control+A', '++', 'Alt F4', ''), fc.string()),
      ms: fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.double()),
      success: fc.oneof(fc.boolean(), fc.string()),
      deltaY: fc.oneof(fc.double(), fc.string()),
      option: fc.string(),
      from: target,
      to: target,
    },
    { requiredKeys: [] },
  );
  const answerObject = fc.oneof(
    fc.record({ thought: fc.string(), actions: fc.array(actionLike, { maxLength: 12 }) }, { requiredKeys: [] }),
    fc.record({ action: actionLike }),
    actionLike,
    fc.array(actionLike, { maxLength: 4 }),
    anyJson.map((json) => JSON.parse(json) as unknown),
  );
  const json = answerObject.map((value) => JSON.stringify(value) ?? '');
  const damaged = fc.tuple(json, fc.nat(), fc.nat(), fc.constantFrom('truncate', 'delete', 'insert', 'none')).map(
    ([text, cut, at, how]) => {
      if (how === 'truncate') return text.slice(0, text.length === 0 ? 0 : cut % text.length);
      if (how === 'delete') return text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + 1);
      if (how === 'insert') return `${text.slice(0, at % (text.length + 1))}${'{["\\,:'[cut % 6]}${text.slice(at % (text.length + 1))}`;
      return text;
    },
  );
  const prose = fc.string({ maxLength: 60 });
  return fc.oneof(
    damaged,
    fc.tuple(prose, damaged, prose).map(([before, body, after]) => `${before}\n${body}\n${after}`),
    fc.tuple(prose, damaged).map(([before, body]) => `${before}\n\`\`\`json\n${body}\n\`\`\``),
    fc.string({ maxLength: 200 }),
    fc.constantFrom('{'.repeat(5000), '['.repeat(3000) + ']'.repeat(2999), '"'.repeat(999), '{"a":"' + 'x'.repeat(50_000)),
  );
}

describe('parseActions: 10,000 generated malformed answers', () => {
  it('never throws, and every result is either valid actions or a typed error', () => {
    let errors = 0;
    let successes = 0;
    fc.assert(
      fc.property(malformedAnswers(), (text) => {
        const result = parseActions(text, context);
        if (result.ok) {
          successes++;
          expect(result.actions.length).toBeGreaterThan(0);
          for (const action of result.actions) {
            if ('target' in action && action.target && 'elementId' in action.target) {
              expect([1, 2, 3, 7]).toContain(action.target.elementId);
            }
          }
        } else {
          errors++;
          expect(result.error).toBeInstanceOf(ActionParseError);
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(result.error.message.length).toBeLessThan(600);
        }
      }),
      { numRuns: 10_000, seed: 20231126 },
    );
    // The generator must produce both kinds, or it is not testing much.
    expect(errors).toBeGreaterThan(5_000);
    expect(successes + errors).toBe(10_000);
  });
});
