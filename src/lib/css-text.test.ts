import { describe, expect, it } from 'vitest';
import { cssText } from './css-text';

describe('cssText', () => {
  it('writes selectors, kebab-case properties and pixel units, with unitless numbers left alone', () => {
    expect(cssText({ '.a, .b': { minWidth: 170, opacity: 0.5, fontWeight: 600, padding: '6px 12px', marginLeft: 0 } })).toBe(
      '.a, .b{min-width:170px;opacity:0.5;font-weight:600;padding:6px 12px;margin-left:0;}',
    );
  });

  it('nests media queries and keyframes', () => {
    expect(
      cssText({
        '@keyframes pulse': { '0%, 100%': { opacity: 1 }, '50%': { opacity: 0.4 } },
        '@media (max-width: 599.95px)': { '.a': { display: 'block' } },
      }),
    ).toBe('@keyframes pulse{0%, 100%{opacity:1;}50%{opacity:0.4;}}@media (max-width: 599.95px){.a{display:block;}}');
  });
});
