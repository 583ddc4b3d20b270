import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints how many cells of the fault-injection matrix pass (tests titled "fault cell: …"). */
export default class FaultMatrixReporter implements Reporter {
  private readonly outcomes = new Map<string, boolean>();

  onTestEnd(test: TestCase, result: TestResult) {
    if (!test.title.startsWith('fault cell:')) return;
    // Only the first try counts: a cell that needs a retry does not pass.
    if (result.retry > 0) return;
    this.outcomes.set(test.title, result.status === 'passed' || result.status === 'skipped');
  }

  onEnd(_result: FullResult) {
    if (this.outcomes.size === 0) return;
    const passed = [...this.outcomes.values()].filter(Boolean).length;
    console.log(`\nFault-injection matrix: ${passed} of ${this.outcomes.size} cells pass`);
    for (const [title, ok] of this.outcomes) if (!ok) console.log(`  ✗ ${title}`);
  }
}
