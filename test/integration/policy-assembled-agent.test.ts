/**
 * The agent as the config assembles it (guarded model, RCI policy, rule +
 * memory + model checks, safety gate, budgets) running in the Runner.
 */
import { describe, expect, it } from 'vitest';
import { assembleAgent } from '../../agent/config/assemble-agent.js';
import { ConfigSchema } from '../../agent/config/config-schema.js';
import { Runner } from '../../agent/runner/runner.js';
import { FormWorldOperator } from '../kits/form-world-operator.js';
import { InMemoryExemplars } from '../../agent/policy/exemplar/in-memory-exemplars.js';
import { ScriptedModel, answerByPurpose, callText, idInPrompt } from '../kits/scripted-model.js';
import { signUpExemplar } from '../kits/sign-up-exemplar.js';

function model() {
  return new ScriptedModel([], {
    remote: true,
    fallback: answerByPurpose({
      feasibility: '{"feasible": true, "reason": "The form is here."}',
      completeness: (call) =>
        callText(call).includes('Thanks,') ? '{"complete": true, "reason": "Signed up."}' : '{"complete": false, "reason": "Not submitted."}',
      'plan-propose': '1. type the name into the Name field\n2. click Submit',
      'plan-critique': 'NO PROBLEMS',
      'state-grounding': (call) => (callText(call).includes('Thanks,') ? 'DONE' : /\] textbox[^\n]*"Name"[^\n]*value=/.test(callText(call)) ? 'Click "Submit"' : 'Type the name'),
      'agent-grounding': (call) =>
        callText(call).includes('Instruction: Click')
          ? JSON.stringify({ thought: 'submit', actions: [{ type: 'click', target: { elementId: idInPrompt(call, 'button', 'Submit') } }] })
          : JSON.stringify({ thought: 'name', actions: [{ type: 'type', target: { elementId: idInPrompt(call, 'textbox') }, text: '<secret:user-listed-1>' }] }),
    }),
  });
}

describe('assembleAgent', () => {
  it('runs a task with the config-built parts; the user-listed secret never leaves, yet is typed', async () => {
    const config = ConfigSchema.parse({ model: 'openai:unused', safety: { secrets: ['Zelda Fitzgerald'] }, budgets: { maxSteps: 10 } });
    const scripted = model();
    const memory = new InMemoryExemplars([signUpExemplar('demo', 'Ada')]);
    // A user-listed secret goes into a field that is not a password field only with a person's yes (issue 16).
    const asked: string[] = [];
    const parts = assembleAgent({ config, model: scripted, memory, confirm: async (request) => (asked.push(request.reason), true) });
    const operator = new FormWorldOperator();
    const result = await new Runner({ operator, policy: parts.policy, checker: parts.checker, gate: parts.gate, budgets: parts.budgets }).run('Sign up as Zelda Fitzgerald');
    expect(result.outcome).toMatchObject({ status: 'success' });
    expect(asked).toEqual([expect.stringMatching(/^putting your secret \(listed in safety\.secrets\) <secret:user-listed-1> into the textbox "Name"/)]);
    expect(operator.state.submitted?.name).toBe('Zelda Fitzgerald');
    for (const call of scripted.calls) expect(callText(call)).not.toContain('Zelda');
    expect(parts.meter.snapshot().modelCalls).toBe(scripted.calls.length);
    expect(parts.meter.snapshot()['calls.feasibility']).toBe(1);
    await parts.close();
  });

  it('the config budget on model calls is enforced', async () => {
    const config = ConfigSchema.parse({ model: 'openai:unused', budgets: { maxModelCalls: 2 } });
    const scripted = model();
    const parts = assembleAgent({ config, model: scripted });
    const result = await new Runner({ operator: new FormWorldOperator(), policy: parts.policy, checker: parts.checker, gate: parts.gate }).run('Sign up as Ada');
    expect(result.outcome.reason).toMatch(/model-call budget of 2 calls exceeded/);
    expect(scripted.calls).toHaveLength(2);
  });
});
