/**
 * `npm run anchors [content root]`: gives every paragraph and quote that has no id yet its id,
 * in content/anchors.json, and prints what it added. Ids already given are never changed or
 * reused. Run it after adding or editing article text, and commit the map with the text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatAnchorMap } from '../src/lib/analysis/anchors/registry';
import { formatProblems } from '../src/lib/model/content/check-articles';
import { registerNewAnchors } from '../src/lib/model/content/files';
import { ANCHORS_FILE } from '../src/lib/model/content/data-files';

const contentRoot = process.argv[2] ?? process.env.CONTENT_ROOT ?? 'content';
const registered = registerNewAnchors(contentRoot);
if ('problems' in registered) {
  console.error(`Fix these first (npm run check:content):\n${formatProblems(registered.problems)}`);
  process.exit(1);
}
for (const entry of registered.carried) console.log(`${entry.article}: kept id ${entry.id} for the edited "${entry.opening}"`);
for (const entry of registered.added) console.log(`${entry.article}: new id ${entry.id} for "${entry.opening}"`);
writeFileSync(join(contentRoot, ANCHORS_FILE), formatAnchorMap(registered.map));
console.log(
  `${registered.added.length} new id${registered.added.length === 1 ? '' : 's'}; anchor map written: ${join(contentRoot, ANCHORS_FILE)}`,
);
