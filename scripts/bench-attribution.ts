/**
 * `npm run bench:attribution`: the cost of attribution and mention matching as one paragraph
 * grows (2,000 quotes in one paragraph took 10 s before the per-sentence caches, and 8,000 never
 * finished). Prints the time per quote at each size: flat means linear.
 */
import { createActorMatcher } from '../src/lib/analysis/actors/mentions';
import { attributeQuotes } from '../src/lib/analysis/quotes/attribute';
import { extractQuotes } from '../src/lib/analysis/quotes/extract';

const actors = [
  { id: 'mike-pompeo', name: 'Mike Pompeo', aliases: ['Mike Pompeo', 'Pompeo'] },
  { id: 'boris-johnson', name: 'Boris Johnson', aliases: ['Boris Johnson', 'Johnson'] },
];
const sentence = (i: number) =>
  i % 3 === 0
    ? `“Point ${i} stands,” Pompeo said.`
    : i % 3 === 1
      ? `Johnson told reporters: “Answer ${i} is no.”`
      : `“It is settled ${i},” he added.`;

console.log('| quotes in one paragraph | attribution + mentions | per quote |\n| ---: | ---: | ---: |');
for (const size of [500, 1000, 2000, 8000]) {
  const text = Array.from({ length: size }, (_, i) => sentence(i)).join(' ');
  const blocks = [{ id: 'p-long', text }];
  const started = performance.now();
  const { quotes } = extractQuotes(blocks);
  const matcher = createActorMatcher(actors);
  attributeQuotes({ blocks, quotes, matcher, names: new Map(actors.map((a) => [a.id, a.name])), people: new Set(actors.map((a) => a.id)) });
  matcher.find(text);
  const ms = performance.now() - started;
  console.log(`| ${size.toLocaleString('en')} | ${ms.toFixed(0)} ms | ${(ms / size).toFixed(3)} ms |`);
}
