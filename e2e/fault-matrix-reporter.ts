import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints how many cells of the fault-injection matrix pass (tests titled "fault cell: …"). */
export default class FaultMatrixReporter implements Reporter {
  private readonly outcomes = new Map<string, boolean>();

  onTestEnd(test: TestCase, result: TestResult) {
    if (!test.title.startsWith('fault cell:')) return;
    const passed = result.status === 'passed' || result.status === 'skipped';
    // A retry that passes counts once.
    this.outcomes.set(test.title, (this.outcomes.get(test.title) ?? false) || passed);
  }

  onEnd(_result: FullResult) {
    if (this.outcomes.size === 0) return;
    const passed = [...this.outcomes.values()].filter(Boolean).length;
    console.log(`\nFault-injection matrix: ${passed} of ${this.outcomes.size} cells pass`);
    for (const [title, ok] of this.outcomes) if (!ok) console.log(`  ✗ ${title}`);
  }
}
