import * as z from 'zod/mini';

// The console runs under a Content-Security-Policy without 'unsafe-eval'. Zod compiles object parsers
// with `new Function` unless told not to, and probes for it when a schema is built — which the browser
// reports as a CSP violation even though zod catches the error. Imported first by src/main.tsx.
// zod/mini (a fraction of the classic build's size) ships no messages: the English ones are loaded here.
z.config({ jitless: true, ...z.locales.en() });
