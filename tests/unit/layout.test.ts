import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout's one rule (README, "Architecture"): a module of src/lib imports only from its own
// folder and from the folders before it in this order. The two leaves import nothing of the project.
const LAYERS: ReadonlyArray<readonly string[]> = [['vocabulary', 'routes.ts'], ['analysis'], ['model'], ['search', 'draft', 'site']];
const layerOf = (group: string) => LAYERS.findIndex((layer) => layer.includes(group));

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const groupOf = (file: string) => relative('src/lib', file).split(/[\\/]/)[0] ?? '';

/** Every project file a module imports: `src/lib/…`, `src/schemas.ts` and the like. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => normalize(join(dirname(file), m[1] ?? '')));
}

describe('the layout of src/lib', () => {
  const modules = files('src/lib').filter((file) => file.endsWith('.ts'));

  it('has every module in a known folder', () => {
    expect(modules.map(groupOf).filter((group) => layerOf(group) === -1)).toEqual([]);
  });

  it('imports only downward: each folder from itself and the folders before it', () => {
    const wrong = modules.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(join('src', 'lib')))
        .filter((target) => {
          const [from, to] = [groupOf(file), groupOf(`${target}.ts`)];
          const leaf = layerOf(from) === 0;
          return leaf || (from !== to && layerOf(to) >= layerOf(from));
        })
        .map((target) => `${file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('reaches outside src/lib only for the schemas (types and vocabularies of the content)', () => {
    const outside = modules.flatMap((file) =>
      importsOf(file).filter((target) => !target.startsWith(join('src', 'lib')) && target !== join('src', 'schemas')),
    );
    expect(outside).toEqual([]);
  });

  it('has schemas that import only the vocabulary', () => {
    const targets = importsOf('src/schemas.ts');
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !target.startsWith(join('src', 'lib', 'vocabulary')))).toEqual([]);
  });
});
