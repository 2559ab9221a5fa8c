import { tagTerms } from './src/lib/language/terms';
import { findNames } from './src/lib/language/names';
for (const t of ['Former President Barack Obama said so.', 'Our view is clear, said People of Government.', 'Ads: 5G U.S. For Europe']) {
  console.log(tagTerms(t).map(x => x.text + '/' + [...x.tags].join('|')).join(' '));
  console.log(findNames(t));
}
