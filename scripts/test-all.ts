/**
 * `npm test`: every check the project has, in order, with one closing line that sums them all:
 * each check that is not a test runner counts as one test; Vitest suites count their own tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}
const steps: StepResult[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: child.status === 0, seconds: (Date.now() - started) / 1000 };
}

function check(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n=== ${name} ===`);
  const { ok, seconds } = run(command, args, env);
  steps.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

function vitestSuite(name: string, args: string[]) {
  console.log(`\n=== ${name} ===`);
  const report = resolve(results, `${name}.json`);
  rmSync(report, { force: true });
  const { ok, seconds } = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    passed = json.numPassedTests;
    failed = json.numFailedTests + json.numPendingTests + json.numTodoTests;
  }
  // A suite that crashed (no report, or non-zero exit with all tests green) still counts as a failure.
  if (!ok && failed === 0) failed = 1;
  if (passed + failed === 0) failed = 1;
  steps.push({ name, passed, failed, seconds });
  return ok;
}

function webExtLint() {
  console.log('\n=== firefox-lint ===');
  const started = Date.now();
  const child = spawnSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'],
    { cwd: root, encoding: 'utf8' },
  );
  let ok = false;
  try {
    const report = JSON.parse(child.stdout) as {
      count: number;
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; message: string }[];
      warnings: { code: string; message: string }[];
    };
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
    for (const e of [...report.errors, ...report.warnings]) console.log(`  ${e.code}: ${e.message}`);
    ok = report.summary.errors === 0;
  } catch {
    console.log(child.stdout, child.stderr);
  }
  steps.push({
    name: 'firefox-lint',
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    seconds: (Date.now() - started) / 1000,
  });
}

const started = Date.now();
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint', 'npx', ['biome', 'ci', '.']);
vitestSuite('unit', []);
const chromeBuilt = check('build-chrome', 'npx', ['wxt', 'build']);
const firefoxBuilt = check('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (firefoxBuilt) webExtLint();
if (chromeBuilt && firefoxBuilt) vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts']);
else steps.push({ name: 'e2e', passed: 0, failed: 1, seconds: 0 });

console.log('\n=== summary ===');
for (const s of steps) {
  console.log(
    `${s.name.padEnd(14)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed  ${s.seconds.toFixed(1)} s`,
  );
}
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
