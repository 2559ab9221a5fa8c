import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleFiles } from '../../src/lib/model/content/files';

const fixture = (name: string) => join('tests/fixtures/bad-content', name);

describe('content check on the real articles', () => {
  it('finds no problem', () => {
    expect(checkArticleFiles('content/articles')).toEqual([]);
  });
});

describe('content check on bad input names the file and the field', () => {
  it.each([
    ['missing-title', 'article.md', 'title', /expected string/i],
    ['malformed-date', 'article.md', 'published.date', /YYYY-MM-DD/],
    ['unknown-precision', 'article.md', 'published.precision', /day|month/],
    ['duplicate-slug', 'second.md', 'slug', /duplicate slug "same-slug" \(also used by .*first\.md\)/],
    ['printed-date-disagrees', 'article.md', 'published.printed', /reads as 2019-02-21, but the date field says 2019-02-20/],
    ['malformed-yaml', 'article.md', 'frontmatter', /malformed YAML/],
    ['evidence-not-in-article', 'article.md', 'published.inference.evidence.0.text', /not found verbatim/],
    ['unknown-article-reference', 'article.md', 'published.inference.evidence.0.article', /unknown article "no-such-article"/],
    ['raw-html', 'article.md', 'body, line 22', /raw HTML "<meta http-equiv="refresh".* is not allowed: write the text itself/],
    ['raw-html', 'article.md', 'body, line 24', /raw HTML "<span onclick="alert\(1\)">" is not allowed/],
    [
      'script-link',
      'article.md',
      'body, line 20',
      /link to "javascript:alert\(1\)" is not allowed: links may only be full http:\/\/ or https:\/\/ addresses/,
    ],
    ['script-link', 'article.md', 'body, line 20', /link to "javascript:alert\(2\)" is not allowed/],
    ['script-link', 'article.md', 'body, line 22', /link to "data:text\/html,hi" is not allowed/],
    ['image', 'article.md', 'body, line 20', /an image is not allowed: describe the photo in a :::caption/],
    ['invalid-utf8', 'article.md', 'line 22', /not valid UTF-8: save the file as UTF-8/],
    ['empty-body', 'article.md', 'body', /the article has no text/],
    ['frontmatter-alias-bomb', 'article.md', 'frontmatter', /more than 20 YAML aliases/],
  ])('%s', (name, file, field, message) => {
    const problems = checkArticleFiles(fixture(name));
    expect(problems).toContainEqual({ file: join(fixture(name), file), field, message: expect.stringMatching(message) });
  });
});
