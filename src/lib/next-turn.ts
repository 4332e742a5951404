/**
 * Yields to the event loop, so that input and painting run between two slices of long work on
 * the main thread (an import of 100,000 rows must not freeze the page: no task over 200 ms).
 */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How many rows one slice of main-thread work handles. */
export const ROWS_PER_TURN = 10_000;
