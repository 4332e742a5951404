/** The name resolver built from the States table of the data (Node or browser connector alike). */
import type { Connector } from '../db/connector';
import { runQuery } from '../queries/query';
import { stateList } from '../queries/universalization';
import type { StateRef } from '../schema/states';
import { createResolver } from './resolver';

export async function statesFromDb(db: Connector): Promise<StateRef[]> {
	return (await runQuery(db, stateList, undefined)).map((s) => ({
		iso3: s.iso3,
		m49: s.m49,
		name: s.name,
		region: s.region as StateRef['region'],
		unMember: s.un_member,
		aliases: s.aliases ? s.aliases.split('|') : []
	}));
}

export async function resolverFromDb(db: Connector) {
	return createResolver(await statesFromDb(db));
}
