/**
 * Which imported files the charts of a page are drawn from. The page provides it; "Add to
 * slides" records it on the slide, so that clearing an import can take its slides away too
 * (a deck made after "Clear imported data" must not show, or name, a file the user removed).
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('imported-files');

/** Called by a page that imports data: `files` answers, at the moment of adding, what is imported. */
export function provideImportedFiles(files: () => string[]): void {
	setContext(KEY, files);
}

/** The imported files the current page's charts use; none on pages without imports. */
export function importedFilesOfPage(): () => string[] {
	return getContext<(() => string[]) | undefined>(KEY) ?? (() => []);
}
