import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const self = new Map(); const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const dt = new Map(); prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
let total = 0;
for (const n of prof.nodes) { const t = dt.get(n.id) ?? 0; total += t; const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.split('/node_modules/').pop()}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); }
const byFile = new Map();
for (const n of prof.nodes) { const t = dt.get(n.id) ?? 0; const u = n.callFrame.url; const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u); const k = m ? m[1] : (u.includes('/work/main/') ? 'APP ' + u.split('/work/main/')[1] : (u || n.callFrame.functionName)); byFile.set(k, (byFile.get(k) ?? 0) + t); }
console.log('total ms', total / 1000);
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ${k}`).join('\n'));
console.log('--- by package');
console.log([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ${k}`).join('\n'));
