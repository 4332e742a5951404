// `$app/state` for the deck command, which renders the charts outside a SvelteKit request: the
// page whose language the charts and catalogs read (src/lib/server/msp-deck.ts sets it).
export const page = { params: {} as Record<string, string | undefined>, data: {}, url: new URL('http://localhost/') };
