/**
 * The checked model, handed from the content check to the pages of the same build.
 *
 * The content-check integration builds and checks the model before Astro reads any content (so a
 * problem stops the build with a clear message). The pages then need the same model. They run in
 * the same process but from Astro's bundled copy of this code, so a module variable is not shared:
 * a global under a registered symbol is. Building the model once halves the build's analysis cost.
 */
import type { ModelResult } from './build';

const KEY = Symbol.for('huawei-5g-watch.checked-model');

interface HandedOver {
  contentRoot: string;
  result: ModelResult;
}

type WithHandover = typeof globalThis & { [KEY]?: HandedOver };

export function handOverModel(contentRoot: string, result: ModelResult): void {
  (globalThis as WithHandover)[KEY] = { contentRoot, result };
}

/** The model the content check built for this content root in this process, if it did. */
export function takeOverModel(contentRoot: string): ModelResult | undefined {
  const handed = (globalThis as WithHandover)[KEY];
  return handed?.contentRoot === contentRoot ? handed.result : undefined;
}
