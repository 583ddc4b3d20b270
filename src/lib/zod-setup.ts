import * as z from 'zod/mini';

// The console runs under a Content-Security-Policy without 'unsafe-eval'. Zod compiles object parsers
// with `new Function` unless told not to, and probes for it when a schema is built — which the browser
// reports as a CSP violation even though zod catches the error. Imported first by src/main.tsx.
// zod/mini ships no messages; rather than its whole English locale, the console words the few kinds of
// issue its schemas can raise (the message ends up in "…cannot read (items: expected array, received object)").
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

export const zodIssueMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, received ${kindOf(issue.input)}`;
  if (issue.code === 'invalid_value') return `expected ${issue.values.map(String).join(' or ')}`;
  return 'not what was expected';
};

z.config({ jitless: true, localeError: zodIssueMessage });
