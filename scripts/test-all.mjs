// `npm test`: typecheck, lint, unit tests, production build, e2e tests; then one totals line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, missingChromiumMessage } from './chromium-path.mjs';

const unitReport = '.test-reports/unit.json';
const e2eReport = '.test-reports/e2e.json';

if (!findChromium()) {
  console.error(missingChromiumMessage);
  process.exit(1);
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

for (const file of [unitReport, e2eReport]) if (existsSync(file)) rmSync(file);

const steps = { typecheck: false, lint: false, unit: false, build: false, e2e: false };
steps.typecheck = run('typecheck', 'npx', ['tsc', '-p', '.']);
steps.lint = run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
steps.unit = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
steps.build = run('build', 'npx', ['vite', 'build']);
if (steps.build) {
  steps.e2e = run('e2e tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
}

let passed = 0;
let failed = 0;
const unit = readJson(unitReport);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
const e2e = readJson(e2eReport);
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}
const failedSteps = Object.entries(steps).filter(([, ok]) => !ok).map(([name]) => name);
for (const step of failedSteps) {
  // A step that failed without failing a counted test (typecheck, lint, build, a crash) still fails the run.
  if ((step === 'unit' && unit?.numFailedTests) || (step === 'e2e' && e2e?.stats?.unexpected)) continue;
  failed += 1;
  console.error(`✗ step failed: ${step}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length === 0 && failed === 0 ? 0 : 1);
