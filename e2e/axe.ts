import AxeBuilder from '@axe-core/playwright';
import type { Page } from './fixtures';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Colours mid-transition are not the ones a reader sees: a button that was just enabled fades from the
 * disabled grey to its colour over 250 ms. Axe reads the page once every finite transition and animation
 * has ended (a spinner's endless one goes on).
 */
async function transitionsEnded(page: Page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/** WCAG 2.1 AA violations on the page (or inside `include`), read at rest. */
export async function violations(page: Page, include?: string) {
  await transitionsEnded(page);
  const builder = new AxeBuilder({ page }).withTags(tags);
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`).slice(0, 5),
  }));
}
