import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentFromDisk } from './src/lib/content-files';
import { draftArticle } from './src/lib/draft/draft';
const only = process.argv[2];
const scratch = mkdtempSync('/tmp/gd-'); cpSync('content', scratch, { recursive: true });
const slugs: [string, any][] = [];
for (const id of readdirSync('tests/generalise/dev')) {
  if (only && id !== only) continue;
  const dir = join('tests/generalise/dev', id);
  const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const text = readFileSync(join(dir, 'source.txt'), 'utf8');
  let d; try { d = draftArticle(dir, text); } catch { d = draftArticle(dir, text, { published: exp.published }); }
  writeFileSync(join(scratch, 'articles', d.slug + '.md'), d.content); slugs.push([d.slug, exp]);
}
const { result } = loadContentFromDisk(scratch);
for (const [slug, exp] of slugs) {
  console.log('==', slug);
  for (const q of result!.model.quotes.filter(q => q.article === slug)) console.log('  Q', q.kind, '|', q.speakerLabel, '|', q.attribution, '|', q.rule, '|', q.text.slice(0, 50));
  for (const e of exp.quotes) console.log('  E', e.kind, '|', e.speaker, '|', e.text.slice(0, 50));
  for (const m of result!.model.dateMentions.filter(m => m.article === slug)) console.log('  D', m.text, m.resolved.start, m.resolved.end);
  for (const e of exp.dates) console.log('  ED', e.text, e.start, e.end);
}
