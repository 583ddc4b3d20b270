import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The parts the console loads on first use (the Stop dialog, the status legend…) are modules Vitest
// transforms when they are first imported: on a busy 2-core machine that takes longer than the default
// second of findBy*/waitFor. The same bound as the e2e tests' expect.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
