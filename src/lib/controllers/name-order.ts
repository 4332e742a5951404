/** Moved to i18n (name order is a matter of language); this path stays until the pages import it from there. */
export * from '../i18n/name-order';
