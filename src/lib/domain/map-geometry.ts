/**
 * Shapes of the prerendered map: the build-time geometry (src/lib/server/geo.ts) makes them and the
 * map component colours them. Here, not in charts/, because server code must not import UI code.
 */
export interface MapShape {
	m49: string;
	iso3: string | null;
	d: string;
}
export interface MapMarker {
	iso3: string;
	x: number;
	y: number;
}
export interface MapGeometry {
	width: number;
	height: number;
	shapes: MapShape[];
	markers: MapMarker[];
	/** States with neither a shape nor a marker position (should stay empty; tests check it). */
	unplaced: string[];
}
