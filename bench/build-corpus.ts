/**
 * Synthetic corpora for the build benchmark: the real articles copied with new slugs, and every
 * actor named anew in each copy (each word of each alias gets a copy prefix, in the text and in
 * the data alike), so articles, actors, quotes, mentions, events and stance steps all multiply
 * and every citation still checks. Dates are kept: shifting years moves weekdays, which would
 * break the date arithmetic the checks verify.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { parseContentYaml, parseDataFile, splitArticle } from '../src/lib/model/content/read';
import { listArticleBlocks } from '../src/lib/analysis/body/blocks';
import { ANCHORS_FILE, DATA_FILES } from '../src/lib/model/content/data-files';
import { parseArticleBody } from '../src/lib/analysis/body/parse';
import type {
  ActorData,
  ArticleData,
  AttributionOverrideData,
  CountryData,
  EventData,
  QuoteMarkNoteData,
  TimelineExclusionData,
} from '../src/schemas';
import { compareText } from '../src/lib/analysis/collate';
import { formatAnchorMap } from '../src/lib/analysis/anchors/registry';
import { readAnchorsForRenderer, registerNewAnchors } from '../src/lib/model/content/files';

interface Source {
  articles: Array<{ data: ArticleData; body: string }>;
  actors: ActorData[];
  events: EventData[];
  countries: CountryData[];
  overrides: AttributionOverrideData[];
  quoteMarkNotes: QuoteMarkNoteData[];
  timelineExclusions: TimelineExclusionData[];
}

/** Every string quoted, so a YAML 1.1 reader never turns a date into a Date. */
// No anchors and aliases: the content loader allows only a few (src/lib/model/content/read.ts).
const stringifyYaml = (value: unknown) => dump(value, { noRefs: true });

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readSource(root: string): Source {
  const yaml = <T>(name: string) => parseDataFile(readFileSync(join(root, name)), join(root, name)) as T[];
  return {
    articles: readdirSync(join(root, 'articles'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const article = splitArticle(readFileSync(join(root, 'articles', f), 'utf8'));
        return { data: parseContentYaml(article.frontmatter ?? '', f) as ArticleData, body: article.body };
      })
      // Oldest first, so a copy cut short still holds the articles the later ones cite.
      .sort((a, b) => compareText(String(a.data.published.date), String(b.data.published.date))),
    actors: yaml(DATA_FILES.actors),
    events: yaml(DATA_FILES.events),
    countries: yaml(DATA_FILES.countries),
    overrides: yaml(DATA_FILES.overrides),
    quoteMarkNotes: yaml(DATA_FILES.quoteMarkNotes),
    timelineExclusions: yaml(DATA_FILES.timelineExclusions),
  };
}

/** 0 → a, 25 → z, 26 → ba: a word-safe tag for each copy. */
function letters(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}

/** Copy k's renaming: every alias, wherever it stands, with each word prefixed (Pompeo → QcPompeo). */
function renamer(actors: readonly ActorData[], copy: number): (text: string) => string {
  if (copy === 0) return (text) => text;
  const prefix = `Q${letters(copy)}`;
  const aliases = [...new Set(actors.flatMap((a) => a.aliases))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    text.replace(pattern, (alias) =>
      alias
        .split(' ')
        .map((word) => `${prefix}${word}`)
        .join(' '),
    );
}

export function generateCorpus(sourceRoot: string, targetRoot: string, articleCount: number): void {
  const source = readSource(sourceRoot);
  const sourceAnchors = readAnchorsForRenderer(sourceRoot);
  rmSync(targetRoot, { recursive: true, force: true });
  mkdirSync(join(targetRoot, 'articles'), { recursive: true });
  // The site's own prose (the methodology, the home page's introduction) is the same for every corpus.
  cpSync(join(sourceRoot, 'pages'), join(targetRoot, 'pages'), { recursive: true });
  const out: Omit<Source, 'articles'> = {
    actors: [],
    events: [],
    countries: [],
    overrides: [],
    quoteMarkNotes: [],
    timelineExclusions: [],
  };
  const stances = new Map<string, CountryData['steps']>();
  const copies = Math.ceil(articleCount / source.articles.length);
  let written = 0;
  for (let copy = 0; copy < copies; copy++) {
    const rename = renamer(source.actors, copy);
    const suffix = copy === 0 ? '' : `-c${copy}`;
    const slugs = new Map(source.articles.map((a) => [a.data.slug, `${a.data.slug}${suffix}`]));
    const paragraphs = new Map<string, string>();
    for (const article of source.articles) {
      if (written >= articleCount) break;
      const body = rename(article.body);
      const before = listArticleBlocks(parseArticleBody(article.body), sourceAnchors[article.data.slug]);
      const after = listArticleBlocks(parseArticleBody(body));
      before.forEach((block, i) => paragraphs.set(`${article.data.slug}#${block.id}`, after[i]?.id ?? block.id));
      paragraphs.set(`${article.data.slug}#headline`, 'headline');
      const data: ArticleData = {
        ...article.data,
        slug: slugs.get(article.data.slug) ?? article.data.slug,
        title: rename(article.data.title),
        published: {
          ...article.data.published,
          inference: article.data.published.inference && {
            reasoning: article.data.published.inference.reasoning,
            evidence: article.data.published.inference.evidence.map((e) => ({
              article: slugs.get(e.article) ?? e.article,
              text: rename(e.text),
            })),
          },
        },
      };
      writeFileSync(join(targetRoot, 'articles', `${data.slug}.md`), `---\n${stringifyYaml(data)}---\n\n${body}`);
      written++;
    }
    const ref = <T extends { article: string; paragraph: string }>(r: T): T => ({
      ...r,
      article: slugs.get(r.article) ?? r.article,
      paragraph: paragraphs.get(`${r.article}#${r.paragraph}`) ?? r.paragraph,
    });
    const actorId = (id: string) => `${id}${suffix}`;
    out.actors.push(
      ...source.actors.map((a) => ({
        ...a,
        id: actorId(a.id),
        name: rename(a.name),
        aliases: a.aliases.map(rename),
        roles: a.roles.map((r) => ({ ...ref(r), role: rename(r.role) })),
      })),
    );
    out.events.push(
      ...source.events.map((e) => ({
        ...e,
        id: `${e.id}${suffix}`,
        title: rename(e.title),
        summary: rename(e.summary),
        actors: e.actors.map(actorId),
        sources: e.sources.map((s) => ({ ...ref(s), text: rename(s.text) })),
      })),
    );
    for (const country of source.countries) {
      const steps = stances.get(country.id) ?? [];
      steps.push(
        ...country.steps.map((s) => ({
          ...s,
          summary: rename(s.summary),
          evidence: { ...ref(s.evidence), text: rename(s.evidence.text) },
        })),
      );
      stances.set(country.id, steps);
    }
    out.overrides.push(
      ...source.overrides.map((o) => ({
        ...ref(o),
        id: `${o.id}${suffix}`,
        quote: rename(o.quote),
        speaker: o.speaker && actorId(o.speaker),
        speakerLabel: o.speakerLabel && rename(o.speakerLabel),
      })),
    );
    out.quoteMarkNotes.push(...source.quoteMarkNotes.map((n) => ({ ...ref(n), id: `${n.id}${suffix}`, near: rename(n.near) })));
    out.timelineExclusions.push(...source.timelineExclusions.map((x) => ({ ...ref(x), id: `${x.id}${suffix}`, text: rename(x.text) })));
  }
  // Only what the written articles can back: a copy cut short keeps only its own references.
  const present = new Set(readdirSync(join(targetRoot, 'articles')).map((f) => f.replace(/\.md$/, '')));
  const keep = (r: { article: string }) => present.has(r.article);
  out.countries = [...stances]
    .map(([id, steps]) => ({ id, steps: steps.filter((s) => keep(s.evidence)) }))
    .filter((c) => c.steps.length > 0);
  out.events = out.events.map((e) => ({ ...e, sources: e.sources.filter(keep) })).filter((e) => e.sources.length > 0);
  out.actors = out.actors.map((a) => ({ ...a, roles: a.roles.filter(keep) }));
  out.overrides = out.overrides.filter(keep);
  out.quoteMarkNotes = out.quoteMarkNotes.filter(keep);
  out.timelineExclusions = out.timelineExclusions.filter(keep);
  for (const [key, name] of Object.entries(DATA_FILES) as Array<[keyof typeof DATA_FILES, string]>) {
    writeFileSync(join(targetRoot, name), stringifyYaml(out[key]));
  }
  // The copies' ids, given as `npm run anchors` gives them (the same ids `after` computed above).
  const anchors = registerNewAnchors(targetRoot);
  if ('problems' in anchors)
    throw new Error(
      `corpus of ${articleCount} does not check:\n${anchors.problems
        .slice(0, 5)
        .map((p) => `${p.file}: ${p.field}: ${p.message}`)
        .join('\n')}`,
    );
  writeFileSync(join(targetRoot, ANCHORS_FILE), formatAnchorMap(anchors.map));
}
