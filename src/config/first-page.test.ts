// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { listDataBlock, takeListDataBlock } from './first-page';

describe("the list's answer handed over in index.html", () => {
  it('comes back exactly as written, once, for its own project only', () => {
    const answer = JSON.stringify({ items: [{ name: 'a</script><script>alert(1)</script>', note: '<!-- & -->' }] });
    document.body.innerHTML = `<div id="root">${listDataBlock(119, answer)}</div>`;
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(takeListDataBlock(document, 120)).toBeUndefined();
    expect(JSON.parse(takeListDataBlock(document, 119)!)).toEqual(JSON.parse(answer));
    expect(takeListDataBlock(document, 119)).toBeUndefined();
  });
});
