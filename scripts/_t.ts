import { loadContentFromDisk } from '../src/lib/content-files';
import { buildSearchIndex, writtenRecords } from '../src/lib/search/build-index';
import { SearchEngine } from '../src/lib/search/engine';
const t0 = performance.now();
const { result } = loadContentFromDisk('content');
const t1 = performance.now();
const records = writtenRecords(result!.model);
const t2 = performance.now();
const file = buildSearchIndex(records);
const t3 = performance.now();
console.log('model', t1-t0, 'records', t2-t1, 'index+table', t3-t2, 'records', records.length, 'table', Object.keys(file.wordKeys).length, 'bytes', JSON.stringify(file).length);
console.log(JSON.stringify(file.wordKeys).slice(0, 600));
const e = new SearchEngine(file.records, file.index, file.wordKeys);
for (const q of process.argv.slice(2)) { const h = e.search(q); console.log(q, e.keys(q), h.length, h.slice(0,6).map(x => `${x.record.id.slice(0,60)} ${x.score.toFixed(3)} [${x.matchedKeys}]`)); }
