/**
 * The stance map, drawn at build time: Natural Earth country shapes (world-atlas, 1:110m),
 * projected with d3-geo, as SVG path strings. No tiles and no script reach the reader.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

export interface MapShape {
  /** ISO 3166-1 alpha-2, or null for shapes the data set does not code (e.g. disputed areas). */
  code: string | null;
  name: string;
  path: string;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

let cached: MapShape[] | undefined;

/** Every country shape, projected to MAP_WIDTH × MAP_HEIGHT, Antarctica left out. */
export function worldShapes(): MapShape[] {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const shown = collection.features.filter((f) => f.properties?.name !== 'Antarctica');
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: shown });
  const path = geoPath(projection).digits(1);
  cached = shown.map((f) => ({
    code: f.id === undefined ? null : (countries.numericToAlpha2(String(f.id)) ?? null),
    name: f.properties?.name ?? '',
    path: path(f) ?? '',
  }));
  return cached;
}
