/**
 * A style object of the kind MUI's GlobalStyles takes (selectors → declarations; `@media` and
 * `@keyframes` blocks nest) written as CSS text, for a page painted before any script runs.
 */
export type StyleDeclarations = { readonly [property: string]: string | number | StyleDeclarations };

/** Numbers without a unit, as in React and emotion; every other number is in pixels. */
const unitless = new Set(['opacity', 'fontWeight', 'lineHeight', 'zIndex', 'flexGrow', 'flexShrink', 'order']);

const kebab = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function declarationsText(declarations: StyleDeclarations): string {
  return Object.entries(declarations)
    .map(([property, value]) => {
      if (typeof value === 'object') throw new Error(`cssText: a nested block under a declaration (${property})`);
      const text = typeof value === 'number' && !unitless.has(property) && value !== 0 ? `${value}px` : String(value);
      return `${kebab(property)}:${text};`;
    })
    .join('');
}

export function cssText(styles: StyleDeclarations): string {
  return Object.entries(styles)
    .map(([selector, body]) => {
      if (typeof body !== 'object') throw new Error(`cssText: ${selector} is not a block`);
      if (selector.startsWith('@media')) return `${selector}{${cssText(body)}}`;
      if (selector.startsWith('@keyframes')) return `${selector}{${Object.entries(body).map(([step, frame]) => `${step}{${declarationsText(frame as StyleDeclarations)}}`).join('')}}`;
      return `${selector}{${declarationsText(body)}}`;
    })
    .join('');
}
