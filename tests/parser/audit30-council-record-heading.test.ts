/**
 * A prefecture's 審議会 page: its header a table (`会議名⇥…`, `開催日時⇥…`, `出席委員⇥…`), the order of business and the
 * handouts under headings, then `会議録` alone over the turns, each speaker in brackets on a line of their own, and the
 * site's PDF notice under its heading (`PDFファイルの閲覧について`). The turns are read as the record's, where the page had
 * been kept as plain paragraphs.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('`会議録` alone over the turns of a page', () => {
	const result = parse([
		'令和6年度第1回みなと県環境審議会の会議録',
		'',
		'会議名\t令和6年度第1回みなと県環境審議会',
		'開催日時\t令和6年7月22日（月曜日）午後2時から午後4時まで',
		'開催場所\tみなと県庁　本庁舎5階　第1会議室',
		'出席委員\t阿部会長、安藤副会長、石川委員',
		'欠席委員\t太田委員',
		'配布資料',
		'資料1　環境基本計画の進捗状況（PDF：350KB）',
		'会議録',
		'',
		'（事務局）',
		'ただいまから、令和6年度第1回みなと県環境審議会を開会いたします。',
		'',
		'（阿部会長）',
		'それでは、議事に入ります。',
		'',
		'（石川委員）',
		'排出量の推移について質問します。',
		'',
		'（阿部会長）',
		'それでは、本日の審議を終了します。',
		'',
		'PDFファイルの閲覧について',
		'PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。',
	]);

	test('is read as a council record with its header', () => {
		expect(result?.family).toBe('council');
		expect(result?.meeting?.location).toBe('みなと県庁　本庁舎5階　第1会議室');
		expect(result?.meeting?.participants.map((group) => group.group)).toEqual(['出席委員', '欠席委員']);
		expect(result?.meeting?.handouts.map((handout) => handout.id)).toEqual(['資料1']);
		// (The meeting-name row is a field of the header, not a line left unread.)
		expect(result?.diagnostics.filter((diagnostic) => diagnostic.message.includes('会議名'))).toEqual([]);
	});

	test('each bracketed speaker is a turn, the PDF notice none of the last', () => {
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['事務局', 'ただいまから、令和6年度第1回みなと県環境審議会を開会いたします。'],
			['阿部会長', 'それでは、議事に入ります。'],
			['石川委員', '排出量の推移について質問します。'],
			['阿部会長', 'それでは、本日の審議を終了します。'],
		]);
	});
});

describe('`会　議　録` atop the document', () => {
	test.each([
		['over a form\'s fields', ['会　議　録', '', '会議の名称', '令和６年度第９回さくら市地域公共交通会議', '開催日時', '令和６年１２月３日（火）', '午前１０時から午前１１時３０分まで', '開催場所', 'さくら市役所　本庁舎３階　大会議室', '出席者', '小川会長、青木委員、伊藤委員', '審議経過（主な発言要旨）']],
		['over the committee\'s name and numbered fields', ['会 議 録', '', '総 務 常 任 委 員 会 記 録', '', '１　開会日時　令和６年１２月３日（火）　午前１０時', '２　開会場所　第１委員会室', '３　出席委員　小川委員長、青木委員、伊藤委員', '']],
	])('%s is the document\'s word, its header read, not the heading of the turns', (_, head) => {
		const meeting = parse([...head, '○小川会長　ただいまから会議を開きます。', '○青木委員　資料について伺います。'])?.meeting;
		expect(meeting?.kind).toBe('minutes');
		expect(meeting?.start).toBe('10:00');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toContain('青木委員');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['小川会長', '青木委員']);
	});
});
