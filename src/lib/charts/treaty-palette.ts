/**
 * One colour per treaty on /compare (Okabe-Ito plus greys, colour-blind safe). Every line and bar
 * also carries the treaty's name, so colour never carries meaning alone; the CCM is drawn thicker.
 */
import type { Treaty } from '../domain/treaties';

export const TREATY_COLOURS: Record<Treaty, string> = {
	ccm: '#0072B2',
	ottawa: '#D55E00',
	att: '#009E73',
	ccw: '#999999',
	ccw_p5: '#E69F00',
	cwc: '#56B4E9',
	ctbt: '#CC79A7',
	tpnw: '#000000',
	enmod: '#8C6D31'
};

/** UN regional groups, in the order of the regional tables; null is "no regional group". */
export const REGION_COLOURS: Record<string, string> = {
	AG: '#E69F00',
	APG: '#56B4E9',
	EEG: '#6CC5A4',
	GRULAC: '#F0E442',
	WEOG: '#A6A6E0',
	none: '#CCCCCC'
};
