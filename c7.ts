import { loadContentFromDisk } from './src/lib/content-files';
const { result } = loadContentFromDisk('content');
for (const a of result!.model.actors.filter(a => a.status === 'proposed')) console.log(a.kind, a.name, a.articles);
