/**
 * A member of the floor after their surname (`野口会員`, `田村組合員`, `高木株主`), as an association's, a co-op's or a
 * company's minutes label who speaks from the floor: that surname with the floor's role, a turn in Markdown minutes too
 * (such a line had been kept as text, its words no one's).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a member of the floor named by surname', () => {
	test.each([
		['野口会員', '野口', '会員'],
		['田村組合員', '田村', '組合員'],
		['高木株主', '高木', '株主'],
	])('%s is %s, %s', (label, name, title) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test.each(['正会員', '賛助会員', '准組合員', '全組合員', '大株主', '一般会員'])('%s names a kind of member, no one', (label) => {
		expect(parseNameLabel(label).title).toBeNull();
	});

	test('their turns in an NPO’s Markdown minutes are theirs', () => {
		const result = parseLines(
			[
				'# 特定非営利活動法人 そよかぜ 2024年度 通常総会 議事録',
				'',
				'- **日時**: 2024年5月25日(土) 13:30〜15:10',
				'- **場所**: 市民活動センター 会議室B',
				'',
				'## 第1号議案 2023年度事業報告の件',
				'',
				'**平井理事長**: 植樹イベントを年4回実施しました。',
				'',
				'**野口会員**: 出前授業の依頼は増えていますか。',
				'',
				'**平井理事長**: 増えています。',
				'',
				'**田村組合員**: 講師はどう集めますか。',
				'',
				'**平井理事長**: 養成講座を開きます。',
				'',
				'→ 賛成多数で承認。',
			],
			'soukai.md',
		);
		expect(turnsOf(result)).toEqual([
			['平井理事長', '植樹イベントを年4回実施しました。'],
			['野口会員', '出前授業の依頼は増えていますか。'],
			['平井理事長', '増えています。'],
			['田村組合員', '講師はどう集めますか。'],
			['平井理事長', '養成講座を開きます。'],
		]);
	});
});
