import { createActorMatcher } from './src/lib/actors/mentions';
import { attributeQuotes } from './src/lib/quotes/attribute';
import { extractQuotes } from './src/lib/quotes/extract';
const actors = [{ id: 'mike-pompeo', name: 'Mike Pompeo', aliases: ['Mike Pompeo', 'Pompeo'] }];
for (const size of [1000, 4000]) {
  const text = Array.from({ length: size }, (_, i) => `“Point ${i} stands,” Pompeo said.`).join(' ');
  const blocks = [{ id: 'p', text }];
  let t = performance.now(); const { quotes } = extractQuotes(blocks); const e = performance.now() - t;
  const matcher = createActorMatcher(actors);
  t = performance.now(); attributeQuotes({ blocks, quotes, matcher, names: new Map(), people: new Set(['mike-pompeo']) }); const a = performance.now() - t;
  console.log(size, 'extract', e.toFixed(0), 'attribute', a.toFixed(0));
}
