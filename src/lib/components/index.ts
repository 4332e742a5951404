// The UI widgets, for pages: `import { AsOfControl, PageNotices } from '$lib/components'`.
export { default as AsOfControl } from './AsOfControl.svelte';
export { default as CopyCitation } from './CopyCitation.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as DownloadMenu } from './DownloadMenu.svelte';
export { default as ImportPanel } from './ImportPanel.svelte';
export { default as ImportedFiles } from './ImportedFiles.svelte';
export { default as NotFound } from './NotFound.svelte';
export { default as PageCitation } from './PageCitation.svelte';
export { default as PageHeader } from './PageHeader.svelte';
export { default as PageNotices } from './PageNotices.svelte';
export { default as PublishedFiguresTable } from './PublishedFiguresTable.svelte';
export { default as Section } from './Section.svelte';
export { default as SlideTray } from './SlideTray.svelte';
export { default as SourceLink } from './SourceLink.svelte';
export { default as StateSearch } from './StateSearch.svelte';
export { default as TableDownload } from './TableDownload.svelte';
export { default as TableHead } from './TableHead.svelte';
