/**
 * `understudy demo`: the main job on the built-in offline default.
 */
import type { Command } from 'commander';
import { Runner } from '../../agent/runner/runner.js';
import { describeAction } from '../../agent/core/action.js';
import { FormWorldOperator } from '../../test/kits/form-world-operator.js';
import { ScriptedPolicy, idOf } from '../../test/kits/scripted-policy.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('run the built-in offline demo')
    .action(async () => {
      const operator = new FormWorldOperator();
      const policy = new ScriptedPolicy([
        (context) => ({ kind: 'act', actions: [{ type: 'type', target: { elementId: idOf(context, 'textbox') }, text: 'Ada' }] }),
        (context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: idOf(context, 'button', 'Submit') } }] }),
        () => ({ kind: 'act', actions: [{ type: 'done', success: true }] }),
      ]);
      const runner = new Runner({ operator, policy });
      const result = await runner.run('Sign up as Ada', {
        onEvent: (event) => {
          if (event.type === 'action') process.stdout.write(`step ${event.step}: ${describeAction(event.action)}\n`);
        },
      });
      process.stdout.write(`outcome: ${result.outcome.status} (${result.outcome.reason})\n`);
      await operator.close();
    });
}
