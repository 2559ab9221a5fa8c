import { loadContentFromDisk } from '../src/lib/content-files';
import { buildSearchIndex, writtenRecords } from '../src/lib/search/build-index';
import { SearchEngine } from '../src/lib/search/engine';
import { countFacets } from '../src/lib/search/facets';
const file = buildSearchIndex(writtenRecords(loadContentFromDisk('content').result!.model));
const e = new SearchEngine(file.records, file.index, file.wordKeys);
const TEXT = 'pompeo going wobbly hannigan nonsense vodafone chief executive spying on british society mitigation of the risk '.repeat(3).slice(0, 200);
for (let n = 1; n <= 200; n += 7) {
  const q = TEXT.slice(0, n);
  let t = performance.now(); const keys = e.keys(q); const tk = performance.now() - t;
  t = performance.now(); const h = e.search(q); const ts = performance.now() - t;
  t = performance.now(); countFacets(h.filter(x => x.record.group === 'quote'), {}, x => x.record); const tf = performance.now() - t;
  console.log(n, keys.length, h.length, tk.toFixed(1), ts.toFixed(1), tf.toFixed(1));
}
