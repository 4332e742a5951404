/**
 * Why a cell, a row or a file is wrong, as codes and parameters: the vocabulary of file faults.
 * The words live in the catalogs (`problem.<code>` in src/lib/i18n/catalogs/*.ts, checked against
 * this list by i18n/reason-text.ts); schemas, the CSV reader and the commands name a code, and
 * i18n says it in a language. Declared here, below both, so neither imports the other.
 */

/** A reason a cell, a row or a file is refused; `problem.<code>` in every catalog. */
export const PROBLEM_CODES = [
	'columnTwice',
	'unknownColumn',
	'missingColumn',
	'duplicateRow',
	'afterQuote',
	'unclosedQuote',
	'fieldCount',
	'emptyFile',
	'controlCharacter',
	'badByteOrderMark',
	'notValidEncoding',
	'isoDate',
	'iso3',
	'text',
	'futureDate',
	'negativeFigure',
	'choice',
	'oneOf',
	'oneOfOrEmpty',
	'currency',
	'year',
	'yearExample',
	'yearOrEmpty',
	'basisYear',
	'noneDate',
	'yearFrom',
	'yearBefore',
	'partialDateOrEmpty',
	'partialDateShort',
	'beforeOpening',
	'negativeAmount',
	'amountFormat',
	'receivedTooEarly',
	'wholeNumber',
	'part',
	'session',
	'voteCode',
	'yearOfVoteDate',
	'tallyAllOrNone',
	'iso3Letters',
	'm49',
	'name',
	'aliases',
	'actionWithDeposit',
	'withdrawalNeedsDeposit',
	'withdrawalNotification',
	'pendingNeedsNotification',
	'pendingInEffect',
	'afterStatusDate',
	'notifiedBeforeDeposit',
	'unknownState',
	'ambiguousState',
	'notParty',
	'duplicateContribution',
	'secondBudget',
	'notLedger',
	'unreadable',
	'xlsxNotZip',
	'xlsxDamaged',
	'xlsxMissingPart',
	'xlsxNoSheet',
	'xlsxUnplaced',
	'xlsxTooLarge',
	'xlsxTooManyRows',
	'xlsxTooManyCells',
	'countAtMost',
	'mixedEncoding',
	'yearOrRange',
	// Implementation records (Articles 3, 4 and 9, meetings).
	'endBeforeStart',
	'implNotParty',
	'iso3OtherState',
	'deadlineBeforeEntryIntoForce',
	'extensionShortens',
	'completedBeforeAdoption',
	'sameEvent',
	'unknownMeeting',
	// Reporting rules of the conventions (data/sources/crossconvention).
	'monthDay',
	'dueRuleParts'
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type ProblemKey = `problem.${ProblemCode}`;

/**
 * Where a problem is: a cell (`at`), a cell whose value is quoted (`atValue`), or the whole file
 * (`inFile`, a workbook that cannot be opened); each wraps a reason.
 */
export type ProblemFrameKey = 'problem.at' | 'problem.atValue' | 'problem.inFile';

/** The page's own faults while importing, said like a file's problems. */
export type ImportFaultKey = 'import.needsEngine' | 'fault.importFailed';

export type ReasonKey = ProblemKey | ProblemFrameKey | ImportFaultKey;

/**
 * Parameters stay as written in the file (values, column names, codes); only the words around
 * them are translated. A list parameter (string[]) reads "a, b or c" in the language.
 */
export type ReasonParams = Record<string, string | number | readonly string[]>;

export interface Reason {
	key: ReasonKey;
	params?: ReasonParams;
}
