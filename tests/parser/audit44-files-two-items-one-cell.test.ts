/**
 * A fire brigade's or a neighbourhood council's minutes kept in a spreadsheet (saved as .tsv or .csv) give the agenda in one
 * cell beside `議題`, its items numbered on one line (`１　夏季訓練の日程について　２　ポンプ車の更新について`, or `１．…　２．…`),
 * as a plain text's header may type it (`議題　１　…について　２　…について`), or numbered in brackets or circled (`(1)…　(2)…`,
 * `（１）…　（２）…　（３）その他`, `①…　②…`). Two such matters of business are two items, as three parts or more of a 会議次第
 * on one line are, whichever way they are numbered; all but the first had been cut off its title (at its `について`) and lost.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sheet = (agenda: string) =>
	[
		'第８回　みなと町消防団運営協議会　会議録\t',
		'日時\t令和６年７月３日（水）１９時００分～２０時１０分',
		'場所\tみなと町役場３階　大会議室',
		'出席者\t団長　杉田　健一、副団長　長沼　光、分団長　秋山　大介',
		`議題\t${agenda}`,
		'\t',
		'発言者\t発言内容',
		'杉田団長\tただいまから第８回運営協議会を開会します。',
		'秋山分団長\t開始時間を午前７時に早めてはどうでしょうか。',
		'杉田団長\t以上で閉会します。',
	].join('\n');

describe('two matters of business numbered in one cell', () => {
	test.each([
		['１　夏季訓練の日程について　２　ポンプ車の更新について'],
		['１．夏季訓練の日程について　２．ポンプ車の更新について'],
		['(1)夏季訓練の日程について (2)ポンプ車の更新について'],
		['①夏季訓練の日程について　②ポンプ車の更新について'],
	])('%s', (agenda) => {
		expect(parseText(sheet(agenda), 'shobodan.tsv').meeting?.agenda.map((item) => item.title)).toEqual(['夏季訓練の日程について', 'ポンプ車の更新について']);
	});

	test('bracketed numbers on one line, three items', () => {
		expect(parseText(sheet('（１）夏季訓練の日程について　（２）ポンプ車の更新について　（３）その他'), 'shobodan.tsv').meeting?.agenda.map((item) => item.title)).toEqual(['夏季訓練の日程について', 'ポンプ車の更新について', 'その他']);
	});

	test('an order of business with its matters in brackets under one part keeps its parts', () => {
		expect(parseText(sheet('１　開会　２　議事（１）夏季訓練の日程について　（２）ポンプ車の更新について　３　閉会'), 'shobodan.tsv').meeting?.agenda.map((item) => item.title)).toContain('開会');
	});

	test('a title with a number inside it stays one item', () => {
		expect(parseText(sheet('令和６年度　第２四半期の活動報告について'), 'shobodan.tsv').meeting?.agenda.map((item) => item.title)).toEqual(['令和６年度　第２四半期の活動報告について']);
	});
});
