/**
 * A web page's list of files under its own heading after the minutes (`配布資料` alone on its line, as a saved or copied
 * 会議録 page of a city gives it): a part of the page of its own, never more of the last speaker's words.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const options = { source: 'kankyo-shingikai.html', sourceHash: '0'.repeat(64) };

const page = (heading: string) =>
	[
		'令和6年度第2回みどり市環境審議会　会議録',
		'開催日時\t令和6年8月20日（火曜日）午後2時から午後3時30分まで',
		'出席委員\t小林会長、中村副会長、加藤委員',
		'会議内容',
		'',
		'（会長）',
		'それでは、ただいまから令和6年度第2回環境審議会を開会します。',
		'',
		'（加藤委員）',
		'再生可能エネルギーの導入目標について、達成の見込みはどうか。',
		'',
		'（会長）',
		'以上で本日の審議会を閉会します。',
		'',
		heading,
		'資料1　第3次環境基本計画進捗状況（PDF：512KB）',
		'資料2　委員名簿（PDF：80KB）',
	].join('\n');

describe('a list of files under its heading after the minutes', () => {
	test.each(['配布資料', '配付資料', '会議資料', '配　布　資　料'])('"%s" alone on its line ends the last remark', (heading) => {
		const result = parseMinutes(page(heading), options);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', 'それでは、ただいまから令和6年度第2回環境審議会を開会します。'],
			['加藤委員', '再生可能エネルギーの導入目標について、達成の見込みはどうか。'],
			['会長', '以上で本日の審議会を閉会します。'],
		]);
		const last = result.body.at(-1);
		expect(last?.title.replace(/[\s\u3000]/gu, '')).toBe(heading.replace(/[\s\u3000]/gu, ''));
		expect(last?.children.map((block) => (block.type === 'paragraph' ? block.text : block.type))).toEqual(['資料1　第3次環境基本計画進捗状況（PDF：512KB）', '資料2　委員名簿（PDF：80KB）']);
	});
});
