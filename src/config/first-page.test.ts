// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dataBlock, listDataBlock, runtimeConfigBlockId, takeDataBlock, takeListDataBlock } from './first-page';

describe("the list's answer handed over in index.html", () => {
  it('comes back exactly as written, once, for its own project only', () => {
    const answer = JSON.stringify({ items: [{ name: 'a</script><script>alert(1)</script>', note: '<!-- & -->' }] });
    document.body.innerHTML = `<div id="root">${listDataBlock(119, answer)}</div>`;
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(takeListDataBlock(document, 120)).toBeUndefined();
    expect(JSON.parse(takeListDataBlock(document, 119)!)).toEqual(JSON.parse(answer));
    expect(takeListDataBlock(document, 119)).toBeUndefined();
  });

  it('hands over any JSON the same way: the runtime config, the session', () => {
    const config = JSON.stringify({ mode: 'real', basePath: '/</script>/' });
    document.head.innerHTML = dataBlock(runtimeConfigBlockId, config);
    expect(takeDataBlock(document, 'another-block')).toBeUndefined();
    expect(JSON.parse(takeDataBlock(document, runtimeConfigBlockId)!)).toEqual(JSON.parse(config));
    expect(takeDataBlock(document, runtimeConfigBlockId)).toBeUndefined();
  });
});
