import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';

const backend = vi.hoisted(() => ({ lists: [] as number[], details: [] as number[], sessionChecks: 0, signedIn: true, sessionFails: false, listAnswer: [] as unknown }));
vi.mock('@/features/deployments/api/deployment-queries', () => ({
  readDeploymentList: async (json: string) => {
    const body = JSON.parse(json) as { items?: { name: string }[] };
    if (!Array.isArray(body.items)) throw new Error('not a list');
    return { deployments: body.items };
  },
  // The list as Hopsworks answers it: the answer goes to `beforeRead` before it is read.
  fetchDeployments: async (projectId: number, _signal: AbortSignal, beforeRead?: (answer: unknown) => Promise<void>) => {
    backend.lists.push(projectId);
    await beforeRead?.(backend.listAnswer);
    return { deployments: [] };
  },
  deploymentQueries: {
    list: (projectId: number) => ({ queryKey: ['projects', projectId, 'deployments', 'list'] }),
    detail: (projectId: number, deploymentId: number) => ({
      queryKey: ['projects', projectId, 'deployments', 'detail', deploymentId],
      queryFn: () => {
        backend.details.push(deploymentId);
        return { id: deploymentId };
      },
    }),
  },
}));
vi.mock('@/lib/session/session-api', async (importActual) => ({
  ...(await importActual<typeof import('@/lib/session/session-api')>()),
  sessionQuery: () => ({
    queryKey: ['console-session'],
    retry: false,
    queryFn: () => {
      backend.sessionChecks += 1;
      if (backend.sessionFails) throw new Error('the console server did not answer');
      return { signedIn: backend.signedIn };
    },
  }),
}));

const { prefetchFirstPage } = await import('./start-early');

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const at = (url: string) => ({ pathname: url.split('?')[0]!, search: url.includes('?') ? url.slice(url.indexOf('?')) : '' });

describe("the first page's requests, started at boot", () => {
  it('without sign-in the list is fetched into the cache at once', async () => {
    Object.assign(backend, { lists: [], sessionChecks: 0, signedIn: false, sessionFails: false });
    const queryClient = client();
    await prefetchFirstPage(queryClient, { auth: 'none', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/119/deployments'));
    expect(backend).toMatchObject({ lists: [119], sessionChecks: 0 });
    expect(queryClient.getQueryData(['projects', 119, 'deployments', 'list'])).toEqual({ deployments: [] });
  });

  it('behind the console server the list only once the session says signed in; the session is cached either way', async () => {
    Object.assign(backend, { lists: [], sessionChecks: 0, signedIn: false, sessionFails: false });
    const signedOut = client();
    await prefetchFirstPage(signedOut, { auth: 'session', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/120/deployments'));
    expect(backend).toMatchObject({ lists: [], sessionChecks: 1 });
    expect(signedOut.getQueryData(['console-session'])).toEqual({ signedIn: false });

    backend.signedIn = true;
    const signedIn = client();
    await prefetchFirstPage(signedIn, { auth: 'session', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/121/deployments'));
    expect(backend.lists).toEqual([121]);
    expect(signedIn.getQueryData(['console-session'])).toEqual({ signedIn: true });
  });

  it("takes the session the page holds (no request); one it cannot read is asked for", async () => {
    Object.assign(backend, { lists: [], sessionChecks: 0, signedIn: false, sessionFails: false });
    const config = { auth: 'session', sessionPath: '/s', basePath: '/', defaultProjectId: 119 } as const;
    const held = { mode: 'sign-in', signedIn: true, user: 'ada@example.com', method: 'password', actionsAllowed: true, actionsDisabledReason: null, missingScopes: [], hopsworksHost: 'hopsworks.example', ended: false };
    const queryClient = client();
    await prefetchFirstPage(queryClient, config, at('/p/119/deployments'), { sessionInPage: () => JSON.stringify(held) });
    expect(backend).toMatchObject({ sessionChecks: 0, lists: [119] });
    expect(queryClient.getQueryData(['console-session'])).toEqual(held);

    for (const unreadable of ['{"signedIn":"yes"}', 'not json']) {
      const asked = client();
      await prefetchFirstPage(asked, config, at('/p/119/deployments'), { sessionInPage: () => unreadable });
      expect(asked.getQueryData(['console-session'])).toEqual({ signedIn: false });
    }
    expect(backend).toMatchObject({ sessionChecks: 2, lists: [119] });
  });

  it('a session check that fails leaves its error for the page and asks nothing else', async () => {
    Object.assign(backend, { lists: [], sessionChecks: 0, signedIn: true, sessionFails: true });
    const queryClient = client();
    await expect(prefetchFirstPage(queryClient, { auth: 'session', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/119/deployments'))).resolves.toBeUndefined();
    expect(backend.lists).toEqual([]);
    expect(queryClient.getQueryState(['console-session'])?.error).toBeInstanceOf(Error);
  });

  it('an overview URL fetches its deployment; other pages nothing', async () => {
    Object.assign(backend, { lists: [], details: [], sessionChecks: 0, signedIn: true, sessionFails: false });
    const queryClient = client();
    await prefetchFirstPage(queryClient, { auth: 'none', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/119/deployments/1042'));
    expect(backend).toMatchObject({ lists: [], details: [1042] });
    expect(queryClient.getQueryData(['projects', 119, 'deployments', 'detail', 1042])).toEqual({ id: 1042 });
    await prefetchFirstPage(client(), { auth: 'none', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/119/elsewhere'));
    expect(backend).toMatchObject({ lists: [], details: [1042] });
  });

  it("takes the list's answer the page holds (no request); one it cannot read, or of another project, is asked for", async () => {
    Object.assign(backend, { lists: [], details: [], sessionChecks: 0, signedIn: true, sessionFails: false });
    const config = { auth: 'session', sessionPath: '/s', basePath: '/', defaultProjectId: 119 } as const;
    const inPage = (json: string, projectId = 119) => (asked: number) => (asked === projectId ? json : undefined);
    const held = client();
    const showListLoading = vi.fn();
    await prefetchFirstPage(held, config, at('/p/119/deployments'), { listInPage: inPage('{"items":[{"name":"fraudmodel"}]}'), showListLoading });
    expect(backend.lists).toEqual([]);
    expect(showListLoading).not.toHaveBeenCalled();
    expect(held.getQueryData(['projects', 119, 'deployments', 'list'])).toEqual({ deployments: [{ name: 'fraudmodel' }] });

    await prefetchFirstPage(client(), config, at('/p/119/deployments'), { listInPage: inPage('{"unexpected":true}') });
    await prefetchFirstPage(client(), config, at('/p/119/deployments'), { listInPage: inPage('{"items":[]}', 120) });
    expect(backend.lists).toEqual([119, 119]);
  });

  it("shows a fetched list's first rows — those its URL shows — before the whole list is read into the cache", async () => {
    Object.assign(backend, { lists: [], details: [], sessionChecks: 0, signedIn: true, sessionFails: false });
    backend.listAnswer = { count: 3, items: [{ id: 1, name: 'fraudmodel', status: 'Running' }, { id: 2, name: 'churnmodel', status: 'Failed' }, { id: 3, name: 'aamodel', status: 'Failed' }, { name: 'no id' }] };
    const queryClient = client();
    const shown: { rows: string[]; sort?: string; direction?: string; listInCache: boolean }[] = [];
    const showFirstRows = async (projectId: number, rows: { name: string }[], view?: { sort: string; direction: string }) => {
      expect(projectId).toBe(119);
      shown.push({ rows: rows.map((row) => row.name), sort: view?.sort, direction: view?.direction, listInCache: queryClient.getQueryData(['projects', 119, 'deployments', 'list']) !== undefined });
    };
    const loading: { sort: string; listsAsked: number }[] = [];
    const showListLoading = (view: { sort: string }) => loading.push({ sort: view.sort, listsAsked: backend.lists.length });
    await prefetchFirstPage(queryClient, { auth: 'none', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/119/deployments?status=Failed&sort=name&dir=desc'), { showFirstRows, showListLoading });
    expect(loading).toEqual([{ sort: 'name', listsAsked: 0 }]);
    expect(shown).toEqual([{ rows: ['churnmodel', 'aamodel'], sort: 'name', direction: 'desc', listInCache: false }]);
    expect(queryClient.getQueryData(['projects', 119, 'deployments', 'list'])).toEqual({ deployments: [] });

    backend.listAnswer = { unexpected: true };
    await prefetchFirstPage(client(), { auth: 'none', sessionPath: '/s', basePath: '/', defaultProjectId: 119 }, at('/p/119/deployments'), { showFirstRows });
    expect(shown).toHaveLength(1);
  });
});
