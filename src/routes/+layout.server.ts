import { readManifest } from '$lib/server/data';

export const load = () => {
	const manifest = readManifest();
	return { dataAsOf: manifest.data_as_of, datasets: manifest.datasets };
};
