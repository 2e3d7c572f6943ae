/**
 * A city's 会議録 page (`7 会議の結果`) heads each item of business with its number and title alone on a line
 * (`議事1 子ども・子育て支援事業計画の進捗状況について`), then the record's line (`事務局より資料1の説明`) and the turns in 【】.
 * The line is the section's title and nothing more: it had also stayed as the section's first paragraph, the title read twice.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('an item of business alone on its line', () => {
	test('is the section’s title, not its first paragraph too', () => {
		const { body } = parseText(
			[
				'令和６年度第３回ひばり市子ども・子育て会議　会議録',
				'',
				'1 開催日時',
				'令和6年11月7日（木曜日）午後6時30分～8時15分',
				'2 開催場所',
				'ひばり市防災センター401会議室',
				'3 出席者',
				'委員：加賀会長、森副会長、遠藤委員',
				'事務局：清水子ども政策課長',
				'7 会議の結果',
				'議事1 放課後児童クラブの待機児童対策について',
				'事務局より資料1の説明',
				'【委員】',
				'空き教室の活用は進んでいるのか。',
				'【子ども政策課長】',
				'今年度は2校で活用している。',
				'議事2 学童保育の利用料の改定について',
				'事務局より資料2の説明',
				'【会長】',
				'以上で本日の会議を終了する。',
			].join('\n'),
			'a.txt',
		);
		expect(body.filter((section) => section.title !== '').map((section) => [section.title, section.children.map((b) => (b.type === 'remark' ? b.speaker : 'text' in b ? b.text : b.type))])).toEqual([
			['議事1　放課後児童クラブの待機児童対策について', ['事務局より資料1の説明', '委員', '子ども政策課長']],
			['議事2　学童保育の利用料の改定について', ['事務局より資料2の説明', '会長']],
		]);
	});
});
