/** A chart's frame and the layers that read it; see ChartFrame.svelte. */
export { default as ChartFrame } from './ChartFrame.svelte';
export { default as AxisX } from './AxisX.svelte';
export { default as AxisY } from './AxisY.svelte';
export { default as GridLines } from './GridLines.svelte';
export {
	availableWidth,
	getFrame,
	layoutWidth,
	setAvailableWidth,
	type Frame,
	type Margins,
	type PositionScale
} from './frame';
export { default as MeetingMarkers } from './MeetingMarkers.svelte';
export * from './meeting-marks';
