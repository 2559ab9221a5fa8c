import { loadContentFromDisk } from '../src/lib/content-files';
const { result } = loadContentFromDisk('content');
const m = result!.model;
console.log(Object.keys(m));
for (const q of m.quotes) console.log('Q', q.article.slice(0,12), q.id, '|', q.speaker, '|', q.text);
for (const e of m.events) console.log('E', e.id, '|', (e as any).title ?? (e as any).summary);
for (const a of m.actors) console.log('A', a.id, '|', a.name, '|', JSON.stringify((a as any).roles ?? '').slice(0,150));
console.log(Object.keys(m.articles[0]), Object.keys(m.articles[0].view ?? {}));
for (const a of m.articles) for (const b of a.blocks) console.log('P', a.slug.slice(0,12), b.id, '|', b.text);
