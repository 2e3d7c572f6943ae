/**
 * A summary's `○議事` over the item and the record telling who explained it (`○第５次計画の骨子案について` / `事務局から資料１に
 * 基づき説明があった。`): the sentence opens the text, never an item of the agenda.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('the record telling who explained the item', () => {
	test('opens the text under the agenda', () => {
		const result = parse([
			'令和６年度第２回ふたば市男女共同参画審議会　議事要旨',
			'',
			'日時：令和６年１０月２８日（月）午後２時～４時',
			'場所：ふたば市役所　３階会議室',
			'出席者：小林会長、斉藤委員、池田委員',
			'',
			'○議事',
			'○第５次計画の骨子案について',
			'事務局から資料１に基づき説明があった。',
			'○主な意見',
			'・斉藤委員：ＤＶ相談窓口の周知をもっと強化すべき。',
		]);
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['第５次計画の骨子案について']);
		expect(JSON.stringify(result?.body)).toContain('事務局から資料１に基づき説明があった。');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['斉藤委員']);
	});
});
