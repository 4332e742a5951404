// The map's shapes are domain types now (server code imports them too); pages may still import them from here.
export type { MapGeometry, MapMarker, MapShape } from '../domain/map-geometry';
