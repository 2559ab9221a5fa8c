/**
 * `npm run bench:language`: the NLP libraries considered for the language layer, side by side on
 * the real articles of tests/generalise/ (page text, headline and junk included): how many of the
 * people and organisations a reader listed each one finds as a named entity, and its speed.
 * Candidates: wink-nlp with its English web model, compromise on its own (people(),
 * organizations()), and the language layer (compromise's tags under the project's name rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findNames } from '../src/lib/analysis/language/names';

interface Expected {
  people: Array<{ name: string }>;
  organisations: Array<{ name: string }>;
}

const wink = winkNLP(model);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

type Finder = (text: string) => { people: string[]; organisations: string[] };
const CANDIDATES: Record<string, Finder> = {
  'wink-nlp + wink-eng-lite-web-model (entities)': (text) => {
    const entities = wink.readDoc(text).entities().out(wink.its.detail) as unknown as Array<{ value: string; type: string }>;
    return {
      people: entities.filter((e) => e.type === 'PERSON').map((e) => e.value),
      organisations: entities.filter((e) => e.type === 'ORG').map((e) => e.value),
    };
  },
  'compromise (people(), organizations())': (text) => {
    const doc = nlp(text);
    return { people: doc.people().out('array') as string[], organisations: doc.organizations().out('array') as string[] };
  },
  'language layer (compromise tags + name rules)': (text) => {
    const names = text.split(/\n+/).flatMap((line) => findNames(line));
    return {
      people: names.filter((n) => n.kind === 'person').map((n) => n.text),
      organisations: names.filter((n) => n.kind === 'organisation').map((n) => n.text),
    };
  },
};

const articles = ['dev', 'test'].flatMap((set) =>
  readdirSync(join('tests/generalise', set)).map((id) => ({
    text: readFileSync(join('tests/generalise', set, id, 'source.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join('tests/generalise', set, id, 'expected.json'), 'utf8')) as Expected,
  })),
);
const words = articles.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0);

console.log(`${articles.length} real articles, ${words.toLocaleString('en')} words\n`);
console.log('| candidate | people found | organisations found | ms per 1,000 words |\n| --- | ---: | ---: | ---: |');
for (const [name, find] of Object.entries(CANDIDATES)) {
  let people = 0;
  let orgs = 0;
  let wantPeople = 0;
  let wantOrgs = 0;
  const started = performance.now();
  for (const { text, expected } of articles) {
    const found = find(text);
    const has = (list: string[], wanted: string) =>
      list.some((f) => norm(f) === norm(wanted) || norm(f).endsWith(` ${norm(wanted)}`) || norm(wanted).endsWith(` ${norm(f)}`));
    people += expected.people.filter((p) => has(found.people, p.name)).length;
    orgs += expected.organisations.filter((o) => has(found.organisations, o.name)).length;
    wantPeople += expected.people.length;
    wantOrgs += expected.organisations.length;
  }
  const ms = (performance.now() - started) / (words / 1000);
  const pct = (hit: number, of: number) => `${((100 * hit) / of).toFixed(1)}% (${hit}/${of})`;
  console.log(`| ${name} | ${pct(people, wantPeople)} | ${pct(orgs, wantOrgs)} | ${ms.toFixed(1)} |`);
}
