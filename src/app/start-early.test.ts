import { describe, expect, it, vi } from 'vitest';

const started = vi.hoisted(() => ({ lists: [] as number[], sessionChecks: 0, signedIn: true }));
vi.mock('@/features/deployments/api/deployment-queries', () => ({ startDeploymentListEarly: (projectId: number) => started.lists.push(projectId) }));
vi.mock('@/lib/session/session-api', () => ({
  startSessionCheckEarly: () => {
    started.sessionChecks += 1;
    return Promise.resolve({ signedIn: started.signedIn });
  },
}));

const { listPageProject, startFirstPageRequests } = await import('./start-early');

describe("the first page's requests, started at boot", () => {
  it('a list URL names its project, under any base path', () => {
    expect(listPageProject('/', '/p/119/deployments')).toBe(119);
    expect(listPageProject('/serving-console', '/serving-console/p/4321/deployments')).toBe(4321);
    expect(listPageProject('/serving-console/', '/serving-console/p/7/deployments/')).toBe(7);
  });

  it('other pages, other base paths and project ids that are not one name none', () => {
    expect(listPageProject('/', '/p/119/deployments/1042')).toBeNull();
    expect(listPageProject('/', '/')).toBeNull();
    expect(listPageProject('/serving-console', '/p/119/deployments')).toBeNull();
    expect(listPageProject('/', '/p/abc/deployments')).toBeNull();
    expect(listPageProject('/', '/p/0/deployments')).toBeNull();
  });

  it('without sign-in the list starts at once; behind the console server only once the session says signed in', async () => {
    Object.assign(started, { lists: [], sessionChecks: 0, signedIn: false });
    startFirstPageRequests({ auth: 'none', sessionPath: '/s', basePath: '/' }, '/p/119/deployments');
    expect(started.lists).toEqual([119]);
    startFirstPageRequests({ auth: 'session', sessionPath: '/s', basePath: '/' }, '/p/120/deployments');
    await vi.waitFor(() => expect(started.sessionChecks).toBe(1));
    await Promise.resolve();
    expect(started.lists).toEqual([119]);
    started.signedIn = true;
    startFirstPageRequests({ auth: 'session', sessionPath: '/s', basePath: '/' }, '/p/121/deployments');
    await vi.waitFor(() => expect(started.lists).toEqual([119, 121]));
  });
});
