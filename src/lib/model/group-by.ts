/** Items grouped by a key, each group in the items' order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const keys = key(item);
    for (const k of typeof keys === 'string' ? [keys] : new Set(keys)) {
      const list = groups.get(k);
      if (list) list.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}
