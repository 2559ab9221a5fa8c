/**
 * The stance map, drawn at build time: Natural Earth country shapes (world-atlas, 1:110m),
 * projected with d3-geo, as SVG path strings. No tiles and no script reach the reader.
 */
import { geoBounds, geoConicConformal, geoNaturalEarth1, geoPath } from 'd3-geo';
import { countryName } from '../vocabulary/countries';
import countries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import type { MultiPoint, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

interface MapShape {
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

/** A country's shape, named as everywhere else on the site (`countryName`), not as the data set names it. */
function shapeOf(g: CountryGeometry, path: ReturnType<typeof geoPath>): MapShape {
  const code = alpha2(g.id);
  return { code, name: code ? countryName(code) : nameOf(g), path: path(feature(topology, g)) ?? '' };
}

/** The projection and every country's path, computed once per build. */
function project(): Projected {
  if (projected) return projected;
  // world-atlas countries are all polygons; the collection type is wider than the data.
  const geometries = (topology.objects.countries.geometries as CountryGeometry[]).filter((g) => nameOf(g) !== 'Antarctica');
  const shown = feature(topology, { type: 'GeometryCollection', geometries });
  const path = geoPath(geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], shown)).digits(0);
  const shapes = new Map(geometries.map((g) => [g, shapeOf(g, path)]));
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
    rest =
      path(
        merge(
          topology,
          geometries.filter((g) => !codes.has(alpha2(g.id) ?? '')),
        ),
      ) ?? '';
    restPaths.set(key, rest);
  }
  return { shapes: own.map((g) => shapes.get(g) as MapShape), rest };
}

/** Where Europe is: parts of a framed country outside it (French Guiana, say) do not stretch the frame. */
const EUROPE_WINDOW = { west: -25, south: 33, east: 45, north: 72 };

/** West, south, east, north of the framed countries' polygons that lie in Europe, with a margin. */
function frameOf(framed: readonly CountryGeometry[]): [number, number, number, number] {
  const boxes = framed.flatMap((g) => {
    const polygons =
      g.type === 'MultiPolygon'
        ? (feature(topology, g).geometry as GeoMultiPolygon).coordinates
        : [(feature(topology, g).geometry as GeoPolygon).coordinates];
    return polygons.map((coordinates) => geoBounds({ type: 'Polygon', coordinates }));
  });
  const inside = boxes.filter(
    ([[w, s], [e, n]]) => w >= EUROPE_WINDOW.west && e <= EUROPE_WINDOW.east && s >= EUROPE_WINDOW.south && n <= EUROPE_WINDOW.north,
  );
  const pad = 1;
  return [
    Math.min(...inside.map(([[w]]) => w)) - pad,
    Math.min(...inside.map(([[, s]]) => s)) - pad,
    Math.max(...inside.map(([, [e]]) => e)) + pad,
    Math.max(...inside.map(([, [, n]]) => n)) + pad,
  ];
}

/** The inset's width in its own units; its height follows from the countries it frames. */
export const INSET_WIDTH = 480;
const INSET_MARGIN = 12;

export interface InsetMap extends WorldMap {
  height: number;
}

const insets = new Map<string, InsetMap>();

/**
 * A larger map of the described countries in `codes` (the European ones, say), so the small ones
 * can be seen and tapped: a conic projection framed on them, with every country whose bounds
 * reach into the frame drawn around them. Cached per set of codes.
 */
export function insetMap(framed: ReadonlySet<string>, codes: ReadonlySet<string>): InsetMap {
  const key = `${[...framed].sort().join(',')}|${[...codes].sort().join(',')}`;
  const cached = insets.get(key);
  if (cached) return cached;
  const geometries = (topology.objects.countries.geometries as CountryGeometry[]).filter((g) => nameOf(g) !== 'Antarctica');
  const [west, south, east, north] = frameOf(geometries.filter((g) => framed.has(alpha2(g.id) ?? '')));
  // The frame's corners and edge midpoints, so the fit holds the whole curved frame.
  const focus: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, south],
      [west, north],
      [east, north],
      [(west + east) / 2, south],
      [(west + east) / 2, north],
    ],
  };
  const projection = geoConicConformal()
    .parallels([south, north])
    .rotate([-(west + east) / 2, 0]);
  projection.fitWidth(INSET_WIDTH - 2 * INSET_MARGIN, focus);
  const path = geoPath(projection).digits(0);
  const [[, top], [, bottom]] = path.bounds(focus);
  const height = Math.ceil(bottom - top) + 2 * INSET_MARGIN;
  projection.translate([projection.translate()[0] + INSET_MARGIN, projection.translate()[1] - top + INSET_MARGIN]);
  const near = geometries.filter((g) => {
    const [[w, s], [e, n]] = geoBounds(feature(topology, g));
    return e >= west - 15 && w <= east + 15 && n >= south - 8 && s <= north + 8;
  });
  const own = near.filter((g) => codes.has(alpha2(g.id) ?? ''));
  const rest =
    path(
      merge(
        topology,
        near.filter((g) => !codes.has(alpha2(g.id) ?? '')),
      ),
    ) ?? '';
  const inset = { shapes: own.map((g) => shapeOf(g, path)), rest, height };
  insets.set(key, inset);
  return inset;
}
