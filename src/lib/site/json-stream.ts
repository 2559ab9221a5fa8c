/**
 * A large JSON file as a stream of small pieces, for endpoints whose output runs to tens of MB:
 * `JSON.stringify` of the whole would hold it as one string (two bytes a character once a curly
 * quote is in it) beside its encoded copy, at the build's peak of memory.
 */

/** How many array items go into one piece: big enough that the pieces stay few. */
const ITEMS_PER_PIECE = 500;

/**
 * The text of `JSON.stringify(value)`, in pieces: the object's array fields a few hundred items at
 * a time, its other fields whole. Joined, the pieces equal `JSON.stringify(value)`.
 */
export function* jsonPieces(value: object): Generator<string> {
  let separator = '';
  yield '{';
  for (const [key, field] of Object.entries(value)) {
    const whole = Array.isArray(field) ? '' : JSON.stringify(field);
    // A field JSON.stringify leaves out (undefined, a function, a symbol) is left out here too.
    if (whole === undefined) continue;
    yield `${separator}${JSON.stringify(key)}:${whole}`;
    separator = ',';
    if (!Array.isArray(field)) continue;
    for (let start = 0; start < field.length; start += ITEMS_PER_PIECE) {
      const items = field.slice(start, start + ITEMS_PER_PIECE).map((item: unknown) => JSON.stringify(item) ?? 'null');
      yield `${start === 0 ? '[' : ','}${items.join(',')}`;
    }
    yield field.length === 0 ? '[]' : ']';
  }
  yield '}';
}

/** Pieces of text as a response body, each encoded only when the reader asks for it. */
export function streamOf(pieces: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
