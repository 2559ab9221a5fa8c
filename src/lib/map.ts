/**
 * The stance map, drawn at build time: Natural Earth country shapes (world-atlas, 1:110m),
 * projected with d3-geo, as SVG path strings. No tiles and no script reach the reader.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

export interface MapShape {
  /** ISO 3166-1 alpha-2, or null for shapes the data set does not code (e.g. disputed areas). */
  code: string | null;
  name: string;
  path: string;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export interface WorldMap {
  /** The countries to draw one by one. */
  shapes: MapShape[];
  /** Every other country merged into one outline, which keeps the page small. */
  rest: string;
}

type CountryGeometry = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const nameOf = (geometry: CountryGeometry) => geometry.properties?.name ?? '';
const alpha2 = (id: string | number | undefined) => (id === undefined ? null : (countries.numericToAlpha2(String(id)) ?? null));

interface Projected {
  geometries: CountryGeometry[];
  path: ReturnType<typeof geoPath>;
  /** Each country's path, drawn once. */
  shapes: Map<CountryGeometry, MapShape>;
}

let projected: Projected | undefined;

/** The projection and every country's path, computed once per build. */
function project(): Projected {
  if (projected) return projected;
  // world-atlas countries are all polygons; the collection type is wider than the data.
  const geometries = (topology.objects.countries.geometries as CountryGeometry[]).filter((g) => nameOf(g) !== 'Antarctica');
  const shown = feature(topology, { type: 'GeometryCollection', geometries });
  const path = geoPath(geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], shown)).digits(0);
  const shapes = new Map(geometries.map((g) => [g, { code: alpha2(g.id), name: nameOf(g), path: path(feature(topology, g)) ?? '' }]));
  projected = { geometries, path, shapes };
  return projected;
}

const restPaths = new Map<string, string>();

/**
 * The world projected to MAP_WIDTH × MAP_HEIGHT (Antarctica left out), with the given countries
 * as shapes of their own and the rest as one path. Whole-pixel coordinates are plenty at 1:110m.
 * Paths are cached, since every snapshot page draws a map.
 */
export function worldMap(codes: ReadonlySet<string>): WorldMap {
  const { geometries, path, shapes } = project();
  const own = geometries.filter((g) => codes.has(alpha2(g.id) ?? ''));
  const key = [...codes].sort().join(',');
  let rest = restPaths.get(key);
  if (rest === undefined) {
    rest = path(merge(topology, geometries.filter((g) => !codes.has(alpha2(g.id) ?? '')))) ?? '';
    restPaths.set(key, rest);
  }
  return { shapes: own.map((g) => shapes.get(g) as MapShape), rest };
}
