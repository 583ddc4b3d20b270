import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Each architecture rule, broken on purpose in every import form, must be reported by `npm run lint`. */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['shared → feature (relative)', 'src/lib/zz-probe.ts', "import { parseLogLines } from '../features/logs/model/log-lines';\nexport const x = parseLogLines;", /Shared code must not import/],
    ['shared → app (alias)', 'src/components/zz-probe.tsx', "import { App } from '@/app/app';\nexport const x = App;", /Shared code must not import/],
    ['shared → mocks (type import)', 'src/config/zz-probe.ts', "import type { Scenario } from '../mocks/simulator/mock-backend';\nexport type X = Scenario;", /Shared code must not import/],
    ['feature → feature (re-export)', 'src/features/logs/zz-probe.ts', "export { knownStatuses } from '../deployments/model/status';", /A feature may import shared code only/],
    ['feature → mocks (dynamic import)', 'src/features/deployments/zz-probe.ts', "export const load = () => import('../../mocks/browser');", /A feature may import shared code only/],
    ['feature → app (alias)', 'src/features/session/zz-probe.ts', "export { createAppRouter } from '@/app/router';", /A feature may import shared code only/],
    ['app → mocks', 'src/app/zz-probe.ts', "import '../mocks/node';", /Only src\/main.tsx/],
    ['mocks → feature', 'src/mocks/zz-probe.ts', "import type { Deployment } from '@/features/deployments/api/deployment-schema';\nexport type X = Deployment;", /stands alone/],
    ['src → server', 'src/lib/zz-probe.ts', "import { paths } from '../../server/paths';\nexport const x = paths;", /src\/ never imports server/],
  ])('reports %s', async (_rule, filePath, code, message) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['the boot code → mocks', 'src/main.tsx', "export const load = () => import('./mocks/browser');"],
    ['app → feature', 'src/app/zz-probe.ts', "export { SignInPage } from '@/features/session/components/sign-in-page';"],
    ['feature → shared', 'src/features/logs/zz-probe.ts', "export { apiClient } from '../../lib/api/api-client';"],
  ])('allows %s', async (_rule, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
