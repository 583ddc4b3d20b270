import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useSearchParamsUpdate, type SearchParamsChange } from './use-search-params-update';

function setup(initial = '/') {
  let update: (change: SearchParamsChange) => void = () => {};
  function Probe() {
    const [params, setParams] = useSearchParamsUpdate();
    update = setParams;
    return <output>{params.toString()}</output>;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], { initialEntries: [initial] });
  const view = render(<RouterProvider router={router} />);
  const set = (key: string, value: string) => (current: URLSearchParams) => {
    current.set(key, value);
    return current;
  };
  return { router, view, set, update: (change: SearchParamsChange) => update(change) };
}

describe('useSearchParamsUpdate', () => {
  it('keeps both of two changes made before the URL re-renders (Follow clicked, then a search typed)', async () => {
    const { router, set, update } = setup('/?tail=50');
    await act(async () => {
      update(set('follow', '1'));
      update(set('q', 'needle'));
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ tail: '50', follow: '1', q: 'needle' });
  });

  it('starts from a URL changed elsewhere (back button, a link), not from its own earlier change', async () => {
    const { router, set, update } = setup('/');
    await act(async () => {
      update(set('q', 'first'));
      await router.navigate('/?status=Failed');
    });
    await act(async () => update(set('sort', 'name')));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ status: 'Failed', sort: 'name' });
  });
});
