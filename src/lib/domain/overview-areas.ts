/**
 * The areas of the overview's brief and of its list of what changed: the filter the list offers and
 * its view-state parameter (`?area=unga`) take their values from here.
 */
export const OVERVIEW_AREAS = ['universalization', 'unga', 'transparency', 'implementation'] as const;
export type OverviewArea = (typeof OVERVIEW_AREAS)[number];
