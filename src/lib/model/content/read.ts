/**
 * The one reader of content files: bytes to text (UTF-8 or a named error) and YAML to data (one
 * library, js-yaml, with aliases limited). The content check, the collections' `file()` loaders
 * and astro.config.mjs all read through here, so a file means the same thing to each of them.
 */
import { load, YAMLException } from 'js-yaml';

/**
 * At most this many YAML aliases (`*name`) per file. The data files use none; a handful is
 * harmless, but every alias can multiply what the one before it names, and some twenty levels of
 * that (an "alias bomb") are enough to exhaust the build's memory.
 */
const MAX_YAML_ALIASES = 20;

/** A file that cannot be read as content, with the field to name and what to do. */
export class ContentReadError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    /** What is wrong and what to do, without the file and field. */
    readonly detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'ContentReadError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The first line (1-based) that does not decode as UTF-8: a line feed byte never sits inside a character. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/**
 * The text of a content file. Invalid UTF-8 is refused rather than published as U+FFFD in text
 * that the site presents as verbatim; a byte order mark is dropped.
 */
export function decodeContent(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ContentReadError(file, `line ${firstInvalidLine(bytes)}`, 'not valid UTF-8: save the file as UTF-8 (the source text must not be guessed at)');
  }
}

/** YAML text to data: js-yaml's core schema, at most MAX_YAML_ALIASES aliases. */
export function parseContentYaml(text: string, file: string, field = 'yaml'): unknown {
  try {
    // A copy: js-yaml's strings are slices of the file's text, so one id the model keeps would
    // keep the whole file (MBs in a large corpus) alive for the rest of the build.
    return structuredClone(load(text, { filename: file, maxAliases: MAX_YAML_ALIASES }));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    if (/maxAliases/.test(error.reason)) {
      throw new ContentReadError(file, field, `more than ${MAX_YAML_ALIASES} YAML aliases (*name): write the entries out in full (a file of aliases can expand past any memory)`);
    }
    const where = error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : '';
    throw new ContentReadError(file, field, `malformed YAML${where}: ${error.reason}`);
  }
}

/** A data file (a YAML list of entries) from its bytes. */
export function parseDataFile(bytes: Uint8Array, file: string): unknown[] {
  return parseDataText(decodeContent(bytes, file), file);
}

/** A data file (a YAML list of entries) from its text. */
function parseDataText(text: string, file: string): unknown[] {
  if (text.trim() === '') throw new ContentReadError(file, 'yaml', 'the file is empty: it must be a YAML list of entries');
  const data = parseContentYaml(text, file);
  if (!Array.isArray(data)) throw new ContentReadError(file, 'yaml', 'must be a YAML list of entries (each line starting "- ")');
  return data;
}

/** A JSON file (the anchor map) from its bytes. */
export function parseJsonFile(bytes: Uint8Array, file: string): unknown {
  const text = decodeContent(bytes, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContentReadError(file, 'json', `malformed JSON: ${(error as Error).message} (the file is written by npm run anchors; restore it from git and run that)`);
  }
}

/**
 * Splits an article file as Astro does (the same delimiters, the same body), and says how many
 * lines come before the body's first line, so a body position can be given as a file line.
 */
export function splitArticle(text: string): { frontmatter: string | null; body: string; bodyLineOffset: number } {
  const match = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/.exec(text);
  if (!match || match[1] === undefined) return { frontmatter: null, body: text, bodyLineOffset: 0 };
  const raw = match[1];
  const block = `---${raw}---`;
  const start = text.indexOf(block);
  const before = text.slice(0, start + block.length);
  return { frontmatter: raw, body: text.replace(block, ''), bodyLineOffset: before.split('\n').length - 1 };
}
