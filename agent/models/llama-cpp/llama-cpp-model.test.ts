/**
 * The real node-llama-cpp path on a tiny random-weight GGUF the fixture
 * writes: load, generate free text, generate under a JSON-schema grammar,
 * and parse the result with the action parser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTinyGguf } from '../../../test/fixtures/tiny-gguf.js';
import { UserFacingError } from '../../core/errors.js';
import { ACTION_TYPES } from '../../core/action.js';
import { ActionParseError, parseActions } from '../../policy/action-parser.js';
import { answerJsonSchema } from '../../policy/rci/answer-schema.js';
import { BudgetedModel } from '../../safety/model-budget.js';
import { RedactingModel } from '../../safety/redacting-model.js';
import { SecretVault } from '../../safety/secret-vault.js';
import { MeteredModel } from '../usage-meter.js';
import { LlamaCppModel } from './llama-cpp-model.js';

let folder: string;
let model: LlamaCppModel;
let modelPath: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-gguf-'));
  const path = join(folder, 'tiny.gguf');
  modelPath = path;
  const bytes = writeTinyGguf(path);
  expect(bytes).toBeLessThan(1_000_000);
  model = new LlamaCppModel({ modelPath: path, contextTokens: 512, threads: 1 });
  await model.load();
});

afterAll(async () => {
  await model?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('LlamaCppModel on a tiny GGUF', () => {
  it('loads and generates free text within maxTokens', async () => {
    expect(model.id).toMatch(/^gguf:.*tiny\.gguf$/);
    expect(model.remote).toBe(false);
    expect(model.contextTokens).toBe(512);
    const result = await model.chat([{ role: 'user', content: 'Say something.' }], { maxTokens: 12 });
    expect(typeof result.text).toBe('string');
    expect(result.usage.promptTokens).toBeGreaterThan(0);
  });

  it('honours a JSON-schema grammar: the random model still answers a valid action', async () => {
    const schema = {
      type: 'object',
      properties: { type: { const: 'done' }, success: { type: 'boolean' } },
      required: ['type', 'success'],
      additionalProperties: false,
    };
    for (const seedPrompt of ['Finish.', 'Are you done?', 'JSON please']) {
      const result = await model.chat([{ role: 'user', content: seedPrompt }], { maxTokens: 64, jsonSchema: schema });
      const value = JSON.parse(result.text) as { type: string; success: unknown };
      expect(value.type).toBe('done');
      expect(typeof value.success).toBe('boolean');
      const parsed = parseActions(result.text);
      expect(parsed.ok && parsed.actions[0]!.type).toBe('done');
    }
  });

  it("compiles the policy's full answer schema; output keeps its shape and the parser reads it without throwing", async () => {
    const schema = answerJsonSchema(ACTION_TYPES);
    for (const attempt of [1, 2, 3]) {
      const result = await model.chat([{ role: 'user', content: `Act now (${attempt}).` }], { maxTokens: 120, jsonSchema: schema, temperature: 0.8 });
      // The grammar forces the answer object's opening, whatever the weights say.
      expect(result.text).toMatch(/^\{\s*"thought"\s*:\s*"/);
      const parsed = parseActions(result.text, { elementIds: [1, 2, 3], viewport: { width: 400, height: 320 } });
      if (!parsed.ok) expect(parsed.error).toBeInstanceOf(ActionParseError);
    }
  });

  it('serialises concurrent calls and stops on abort', async () => {
    const [a, b] = await Promise.all([
      model.chat([{ role: 'user', content: 'one' }], { maxTokens: 4 }),
      model.chat([{ role: 'user', content: 'two' }], { maxTokens: 4 }),
    ]);
    expect(a.model).toBe(b.model);
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(model.chat([{ role: 'user', content: 'x' }], { signal: controller.signal })).rejects.toThrow('stopped');
  });

  it('lowers contextTokens to what the file declares once loaded, and wrappers see the new value', async () => {
    // The fixture declares a 512-token context; the default asks for 4,096.
    const fresh = new LlamaCppModel({ modelPath, threads: 1 });
    const wrapped = new BudgetedModel(new MeteredModel(new RedactingModel(fresh, new SecretVault())), { maxTokens: 10_000 });
    try {
      expect(wrapped.contextTokens).toBe(4096);
      await fresh.load();
      expect(fresh.contextTokens).toBe(512);
      expect(wrapped.contextTokens).toBe(512);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a missing model file with a user-facing error', () => {
    expect(() => new LlamaCppModel({ modelPath: join(folder, 'nope.gguf') })).toThrow(UserFacingError);
  });
});
