import { loadContentFromDisk } from './src/lib/content-files';
const { result, problems } = loadContentFromDisk('content');
console.log(problems);
for (const a of result!.model.actors.filter(a => a.status === 'proposed')) console.log(a.kind.padEnd(12), a.name, '|', a.aliases.join(', '), '|', a.articles.length, a.roles.map(r=>r.role).join(';'));
