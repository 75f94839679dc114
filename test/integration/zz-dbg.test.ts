import { it } from 'vitest';
import { startDesktopA11y } from '../kits/desktop-a11y-session.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { AtspiConnection } from '../../agent/operators/desktop/a11y/atspi-connection.js';
import { readAccessibilityTree } from '../../agent/operators/desktop/a11y/atspi-tree-reader.js';
it('dbg', async () => {
  const desktop = await startDesktopA11y({ width: 1024, height: 700 });
  const saved = process.env.DISPLAY;
  process.env.DISPLAY = desktop.display;
  const browser = await launchChromium();
  if (saved === undefined) delete process.env.DISPLAY; else process.env.DISPLAY = saved;
  try {
    const page = await browser.newPage();
    await page.setContent('<button>Hello there</button><input aria-label="Name">');
    await desktop.launchGtk();
    await new Promise((r) => setTimeout(r, 3000));
    const connection = await AtspiConnection.open({ sessionBusAddress: desktop.session.sessionBusAddress });
    for (const strategy of ['collection', 'walk'] as const) {
      const tree = await readAccessibilityTree(connection, { strategy, budgetMs: 8000 } as any);
      console.log(strategy, tree.applications.map((a) => a.name));
      for (const node of tree.nodes.filter((n) => n.depth <= 2 || /Hello|Name/.test(n.name))) console.log(node.application, node.depth, node.roleName, JSON.stringify(node.name), [...node.states].join(','), JSON.stringify(node.extents));
    }
    const op = await desktop.openOperator({ failsafe: false });
    const obs = await op.observe();
    console.log(obs.elements.filter((e) => e.attributes?.application && !/signup/.test(e.attributes.application)).map((e) => `${e.attributes?.application} ${e.role} ${e.text} ${JSON.stringify(e.box)} off=${e.attributes?.offscreen}`).join('\n'));
    connection.close?.();
  } finally { await browser.close(); await desktop.stop(); }
}, 120000);
