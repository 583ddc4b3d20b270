import { expect, test } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deploymentIds, listPath, openConsole } from './support';

test.describe('Content-Security-Policy', () => {
  test('the production build is served with a strict policy', async ({ request }) => {
    const response = await request.get(listPath);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("object-src 'none'");
  });

  test('the console runs under it without a single violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load: CSP violation of ${event.violatedDirective} by ${event.blockedURI}`);
      });
    });
    await openConsole(page, listPath);
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'churnmodel', exact: true }).click();
    await expect(page.getByRole('log')).toContainText('Traceback');
    await page.goto(`${listPath}/${deploymentIds.sentimentmodel}`);
    await expect(page.getByRole('heading', { level: 1, name: 'sentimentmodel' })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('the built JavaScript has no inline script in index.html', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src=/);
      expect(body!.trim()).toBe('');
    }
  });
});

test('no dangerouslySetInnerHTML or eval in the app source', () => {
  const files = readdirSync('src', { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.includes('.test.'),
  );
  for (const file of files) {
    const source = readFileSync(join(file.parentPath, file.name), 'utf8');
    expect(source, file.name).not.toMatch(/dangerouslySetInnerHTML|\beval\(|new Function\(/);
  }
});
