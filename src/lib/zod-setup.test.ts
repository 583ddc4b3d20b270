import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import './zod-setup';

describe("zod's messages, in the console's words", () => {
  it('say what was expected and what came', () => {
    const answer = z.object({ items: z.array(z.number()), kind: z.literal('serving') });
    const result = answer.safeParse({ items: {}, kind: 'other' });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'items: expected array, received object',
      'kind: expected serving',
    ]);
    expect(z.string().safeParse(null).error?.issues[0]?.message).toBe('expected string, received null');
  });
});
