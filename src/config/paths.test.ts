import { describe, expect, it } from 'vitest';
import { firstPageOf, paths } from './paths';

describe('firstPageOf: the page a URL opens, for the boot code and the server', () => {
  it('reads the links the route table builds', () => {
    expect(firstPageOf('/', paths.deployments.getHref(119))).toEqual({ route: 'deployments', projectId: 119 });
    expect(firstPageOf('/', paths.deployment.getHref(119, 1042))).toEqual({ route: 'deployment', projectId: 119, deploymentId: 1042 });
  });

  it('a list or overview URL names its page, under any base path', () => {
    expect(firstPageOf('/', '/p/119/deployments')).toEqual({ route: 'deployments', projectId: 119 });
    expect(firstPageOf('/serving-console', '/serving-console/p/4321/deployments')).toEqual({ route: 'deployments', projectId: 4321 });
    expect(firstPageOf('/serving-console/', '/serving-console/p/7/deployments/')).toEqual({ route: 'deployments', projectId: 7 });
    expect(firstPageOf('/', '/p/119/deployments/1042')).toEqual({ route: 'deployment', projectId: 119, deploymentId: 1042 });
  });

  it('other pages, other base paths and ids that are not one name none', () => {
    expect(firstPageOf('/', '/')).toBeNull();
    expect(firstPageOf('/', '/', 119)).toEqual({ route: 'deployments', projectId: 119 });
    expect(firstPageOf('/serving-console', '/serving-console/', 7)).toEqual({ route: 'deployments', projectId: 7 });
    expect(firstPageOf('/', '/p/119/deployments/1042/logs')).toBeNull();
    expect(firstPageOf('/serving-console', '/p/119/deployments')).toBeNull();
    expect(firstPageOf('/', '/p/abc/deployments')).toBeNull();
    expect(firstPageOf('/', '/p/0/deployments')).toBeNull();
    expect(firstPageOf('/', '/p/1e3/deployments')).toBeNull();
    expect(firstPageOf('/', '/p/119/deployments/-1')).toBeNull();
    expect(firstPageOf('/', '/x/119/deployments')).toBeNull();
  });

});
