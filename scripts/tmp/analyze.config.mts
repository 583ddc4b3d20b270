import base from '../../vite.config.ts';
import { gzipSync } from 'node:zlib';
export default {
  ...base,
  plugins: [
    ...(base.plugins ?? []),
    {
      name: 'analyze',
      generateBundle(_o: unknown, bundle: Record<string, any>) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          const byPkg = new Map<string, number>();
          for (const [id, m] of Object.entries<any>(chunk.modules)) {
            const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? id.replace(/^.*\/work\/main\//, '').split('/').slice(0, 3).join('/');
            byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + gzipSync(m.code ?? '').length);
          }
          console.log(chunk.fileName, 'gzip ~', gzipSync(chunk.code).length);
          console.log([...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${String(v).padStart(8)} ${k}`).join('\n'));
        }
      },
    },
  ],
};
