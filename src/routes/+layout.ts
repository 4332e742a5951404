// Every page is prerendered: figures and charts are in the HTML before any script runs.
export const prerender = true;
export const trailingSlash = 'never';
