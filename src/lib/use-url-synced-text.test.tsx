import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useUrlSyncedText } from './use-url-synced-text';

describe('useUrlSyncedText', () => {
  it('keeps every typed character while the URL lags behind', () => {
    const writes: string[] = [];
    const { result, rerender } = renderHook(({ url }) => useUrlSyncedText(url, (value) => writes.push(value)), { initialProps: { url: '' } });
    act(() => result.current[1]('f'));
    act(() => result.current[1]('fr'));
    act(() => result.current[1]('fra'));
    rerender({ url: 'f' });
    expect(result.current[0]).toBe('fra');
    rerender({ url: 'fr' });
    rerender({ url: 'fra' });
    expect(result.current[0]).toBe('fra');
    expect(writes).toEqual(['f', 'fr', 'fra']);
  });

  it('adopts a URL value that changed for another reason (back button)', () => {
    const { result, rerender } = renderHook(({ url }) => useUrlSyncedText(url, () => {}), { initialProps: { url: 'abc' } });
    rerender({ url: 'older' });
    expect(result.current[0]).toBe('older');
  });
});
