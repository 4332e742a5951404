// `$app/paths` for the deck command: the site at the root, as the permalinks' paths assume.
export const base = '';
export const assets = '';
