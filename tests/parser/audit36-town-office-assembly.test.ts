/**
 * A town committee's record whose title names only the committee (`産業建設常任委員会会議録`) and whose place is the town's
 * office (`開催場所　もみじ町役場３階　第１委員会室`): the assembly is the town's, no longer the file's name with a warning.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (place: string) => [
	'　　　　　　　　　産業建設常任委員会会議録',
	'',
	'開催日時　令和６年１２月１１日（水）午前１０時００分開会　午前１１時１０分閉会',
	`開催場所　${place}`,
	'',
	'出席委員（２名）',
	'　委員長　杉　浦　　　肇　　副委員長　瀬　戸　亜　紀',
	'欠席委員（なし）',
	'委員外議員　　議長　津　田　明　彦',
	'説明のため出席した者',
	'　建設課長　　戸　川　良　平',
	'職務のため出席した者',
	'　議会事務局長　西　田　幸　子　　書記　　根　本　　　航',
	'',
	'付託事件',
	'　議案第７２号　もみじ町農業集落排水施設条例の一部を改正する条例',
	'',
	'○委員長（杉浦肇君）　ただいまから産業建設常任委員会を開会します。議案第７２号を議題とします。',
	'○建設課長（戸川良平君）　使用料の改定に伴い、別表を改めるものです。',
	'○委員長（杉浦肇君）　これで委員会を閉会します。',
];

describe("a committee named only where it met, the town's office", () => {
	test.each([
		['もみじ町役場３階　第１委員会室', 'もみじ町議会 産業建設常任委員会'],
		['ひかり村役場　大会議室', 'ひかり村議会 産業建設常任委員会'],
		['あおい市役所本庁舎　第２委員会室', 'あおい市議会 産業建設常任委員会'],
	])('%s names the assembly', (place, series) => {
		const { meeting, diagnostics } = parseText(record(place).join('\n'), 'sanken-1211.txt');
		expect(meeting?.series).toBe(series);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'no-series')).toEqual([]);
	});

	test('a place that names no town leaves the file name standing for the assembly', () => {
		const { meeting } = parseText(record('中央公民館　会議室').join('\n'), 'sanken-1211.txt');
		expect(meeting?.series).toBe('sanken-1211 産業建設常任委員会');
	});
});
