/** Facts about the corpus the tests run against, read from content/ rather than written into each test. */
import { readdirSync } from 'node:fs';

/** How many articles the site is built from: the article files, as the collection's glob() reads them. */
export const ARTICLE_COUNT = readdirSync('content/articles').filter((name) => /^[^_].*\.md$/.test(name)).length;
