import { createRequire } from 'node:module';
import type { Browser } from 'puppeteer-core';

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface AxeRun {
  /** Rules axe ran that passed: a run that checked nothing cannot pass for a clean page. */
  passes: number;
  violations: AxeViolation[];
}

/** One line a violation, with the elements it names: what a failing test prints. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}

/**
 * axe-core's WCAG 2.1 A and AA rules on a page (or on the part `include` selects), in a fresh tab
 * of the test browser, scripts allowed only for axe itself.
 */
export async function runAxe(browser: Browser, html: string, include?: string): Promise<AxeRun> {
  const tab = await browser.newPage();
  try {
    await tab.setBypassCSP(true);
    await tab.setContent(html, { waitUntil: 'load' });
    await tab.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    return await tab.evaluate(async (selector) => {
      type Result = { passes: unknown[]; violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }> };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
      const results = await axe.run(selector ? { include: [[selector]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return {
        passes: results.passes.length,
        violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })),
      };
    }, include);
  } finally {
    await tab.close();
  }
}
