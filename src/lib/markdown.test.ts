import { describe, expect, it } from 'vitest';
import { mdCodeBlock, mdInline, mdTable } from './markdown';

describe('markdown', () => {
  it('keeps backend text inline: no new lines, no active characters', () => {
    expect(mdInline('a | b\n# c *d* `e` [f](g) <h>')).toBe('a \\| b \\# c \\*d\\* \\`e\\` \\[f\\](g) \\<h\\>');
  });

  it('fences code with more backticks than the code holds', () => {
    expect(mdCodeBlock('print(1)\n', 'python')).toBe('```python\nprint(1)\n```');
    expect(mdCodeBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });

  it('writes a table with escaped cells', () => {
    expect(mdTable(['Component', 'Cores'], [['predictor', '1 | 2']])).toBe('| Component | Cores |\n| --- | --- |\n| predictor | 1 \\| 2 |');
  });
});
