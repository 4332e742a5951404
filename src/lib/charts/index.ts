// The charts and figures, for pages: `import { ChartFigure, StepChart } from '$lib/charts'`.
export { default as AnnualBars } from './AnnualBars.svelte';
export { default as BudgetBars } from './BudgetBars.svelte';
export { default as ChartFigure } from './ChartFigure.svelte';
export { default as CurvesChart } from './CurvesChart.svelte';
export { default as Headline } from './Headline.svelte';
export { default as ObligationTimeline } from './ObligationTimeline.svelte';
export { default as RegionBars } from './RegionBars.svelte';
export { default as StackedBars } from './StackedBars.svelte';
export { default as StatusLegend } from './StatusLegend.svelte';
export { default as StatusMapFigure } from './StatusMapFigure.svelte';
export { default as StepChart } from './StepChart.svelte';
export { default as TallyBars } from './TallyBars.svelte';
export { default as TallyFigure } from './TallyFigure.svelte';
export { default as TimelineFigure } from './TimelineFigure.svelte';
export { default as VoteMatrix } from './VoteMatrix.svelte';
export { default as WorldMap } from './WorldMap.svelte';
export { meetingsBetween, meetingsInYears, type MeetingMark } from './frame';
