// `npm test`: typecheck, lint and unit tests in parallel; the production build; the e2e tests. Then a
// line per failed step and one totals line, `N passed, N failed`, over tests only (unit and e2e).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, missingChromiumMessage } from './chromium-path.mjs';

const unitReport = '.test-reports/unit.json';
const e2eReport = '.test-reports/e2e.json';

if (!findChromium()) {
  console.error(missingChromiumMessage);
  process.exit(1);
}

/** Runs a step; its output is printed in one piece when it ends, so parallel steps do not interleave. */
function run(label, command, args, env = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n▶ ${label} (${command} ${args.join(' ')}) — ${code === 0 ? 'ok' : 'FAILED'} in ${seconds} s\n${output.trimEnd()}`);
      resolve(code === 0);
    });
  });
}

/** How many e2e tests there are (from `playwright test --list`), whether or not they could run. */
function listE2eTests() {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', '--list', '--reporter=json'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', () => {
      const count = (suite) => (suite.specs ?? []).reduce((n, spec) => n + (spec.tests?.length ?? 0), 0) + (suite.suites ?? []).reduce((n, s) => n + count(s), 0);
      try {
        resolve((JSON.parse(output).suites ?? []).reduce((n, s) => n + count(s), 0));
      } catch {
        resolve(1);
      }
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

for (const file of [unitReport, e2eReport]) if (existsSync(file)) rmSync(file);
const started = Date.now();

const [typecheck, lint, unit] = await Promise.all([
  run('typecheck', 'npx', ['tsc', '-p', '.']),
  run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']),
  run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]),
]);
const build = await run('build', 'npx', ['vite', 'build']);
// Without a fresh build the e2e tests must fail, not pass against an old one: they still run and count.
if (!build) rmSync('dist', { recursive: true, force: true });
const e2e = await run('e2e tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
const steps = { typecheck, lint, unit, build, e2e };

let passed = 0;
let failed = 0;
const unitResults = readJson(unitReport);
if (unitResults) {
  passed += unitResults.numPassedTests ?? 0;
  failed += unitResults.numFailedTests ?? 0;
}
const e2eResults = readJson(e2eReport);
if (e2eResults?.stats) {
  // A flaky test (passed only on a retry) counts as failed; a test that did not run because the
  // e2e step could not start counts as failed too.
  passed += e2eResults.stats.expected ?? 0;
  failed += (e2eResults.stats.unexpected ?? 0) + (e2eResults.stats.flaky ?? 0);
}
const e2eRan = (e2eResults?.stats?.expected ?? 0) + (e2eResults?.stats?.unexpected ?? 0) + (e2eResults?.stats?.flaky ?? 0);
if (e2eRan === 0 || !build) {
  // The e2e step could not run its tests (no build, no server): each of them counts as failed.
  const listed = await listE2eTests();
  failed += Math.max(0, listed - e2eRan - (e2eResults?.stats?.skipped ?? 0));
  console.error(`✗ ${listed - e2eRan} e2e tests did not run and count as failed`);
}
for (const [name, ok] of Object.entries(steps)) if (!ok) console.error(`✗ step failed: ${name}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s in all`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(Object.values(steps).every(Boolean) && failed === 0 ? 0 : 1);
