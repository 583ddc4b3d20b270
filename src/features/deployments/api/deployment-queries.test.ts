import { describe, expect, it } from 'vitest';
import { startMockApi } from '@/testing/mock-api';
import { fetchDeployments } from './deployment-queries';

startMockApi();

describe('fetchDeployments', () => {
  it('hands the answer, as sent, to beforeRead and reads the rows only once it has resolved', async () => {
    const plain = await fetchDeployments(119);
    const events: string[] = [];
    let seen: unknown;
    const read = fetchDeployments(119, undefined, async (answer) => {
      seen = answer;
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('beforeRead resolved');
    }).then((list) => {
      events.push('read');
      return list;
    });
    expect(await read).toEqual(plain);
    expect(events).toEqual(['beforeRead resolved', 'read']);
    const items = Array.isArray(seen) ? seen : (seen as { items: unknown[] }).items;
    expect(items.map((row) => (row as { name: string }).name)).toEqual(plain.deployments.map((deployment) => deployment.name));
  });
});
