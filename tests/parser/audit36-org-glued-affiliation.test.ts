/**
 * A label that glues a roll member's surname to the word the roll brackets after the name (`高橋フロント：…` of
 * `高橋（フロント）`, an owners' association's managing agent): that member's turn (the lines had been paragraphs, or run
 * into the turn above).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'ひばりヶ丘レジデンス管理組合',
	'第7期　第2回理事会　議事録',
	'',
	'日　時：2024年6月8日（土）18:30～20:00',
	'場　所：集会室',
	'出席者：理事長　松本　亮、理事　岡　佳代、監事　村田　進',
	'管理会社：ひかり管理サービス株式会社　中西（フロント）',
	'',
	'1．報告事項',
	'中西フロント：5月の管理費の収納状況は良好で、滞納はありません。',
	'松本理事長：駐輪場の件はどうなりましたか。',
	'中西フロント：見積りを2社から取得中です。',
	'',
	'2．審議事項',
	'岡理事：植栽の剪定を早めたいと思います。',
	'村田監事：費用は予算の範囲内で収まります。',
].join('\n');

describe('a surname glued to the word the roll brackets after it', () => {
	test('speaks as that member, each line a turn of its own', () => {
		const meeting = parseText(text, 'residence.txt').meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['中西フロント', '5月の管理費の収納状況は良好で、滞納はありません。'],
			['松本理事長', '駐輪場の件はどうなりましたか。'],
			['中西フロント', '見積りを2社から取得中です。'],
			['岡理事', '植栽の剪定を早めたいと思います。'],
			['村田監事', '費用は予算の範囲内で収まります。'],
		]);
	});
});
