/**
 * What `f` answers for each key of `expected`, keyed the same way: `expect(answers(f, expected)).toEqual(expected)`
 * checks every case of a table at once and shows each wrong answer beside its input.
 */
export function answers<T>(f: (input: string) => T, expected: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.keys(expected).map((input) => [input, f(input)]));
}
