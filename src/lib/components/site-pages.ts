/**
 * The site's pages in the order the navigation lists them, with their labels in the page's
 * language: one list for the header and the not-found page, so a new page is added once.
 */
import { localPath, t } from '../i18n/current';

export function sitePages(): { href: string; label: string; id: string }[] {
	return [
		{ href: localPath('/'), label: t('nav.overview'), id: '/' },
		{ href: localPath('/universalization'), label: t('nav.universalization'), id: '/universalization' },
		{ href: localPath('/unga'), label: t('nav.unga'), id: '/unga' },
		{ href: localPath('/transparency'), label: t('nav.transparency'), id: '/transparency' },
		{ href: localPath('/implementation'), label: t('nav.implementation'), id: '/implementation' },
		{ href: localPath('/calendar'), label: t('nav.calendar'), id: '/calendar' },
		{ href: localPath('/trust-fund'), label: t('nav.trustFund'), id: '/trust-fund' },
		{ href: localPath('/compare'), label: t('cmp.nav'), id: '/compare' }
	];
}
