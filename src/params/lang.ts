// The language prefix of a path: the five UN languages other than English (which is unprefixed).
import { defaultLocale, isLocale } from '$lib/i18n/locales';

export const match = (param: string): boolean => isLocale(param) && param !== defaultLocale;
