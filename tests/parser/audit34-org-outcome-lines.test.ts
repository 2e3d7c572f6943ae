/**
 * The record's own lines of what was decided under the last turn of an item, as a society's committee or a union's
 * convention writes them: what the deliberation came to (`審議の結果、企画案を修正のうえ次回理事会に提案することとした。`) and a
 * vote's tally after its word (`採決　賛成５４、反対０、保留２　→　承認`). Notes of the proceedings, no words of the last speaker
 * (each had been read into that speaker's turn).
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

describe('what was decided, under the last turn', () => {
	test('a committee’s deliberation came to a decision', () => {
		const result = parseLines([
			'日本地域情報学会　2024年度第2回編集委員会　議事録',
			'',
			'日時：2024年6月15日（土）14:00-15:30',
			'場所：オンライン',
			'出席：大森委員長、川端委員、千葉委員',
			'',
			'議事',
			'1．特集号企画',
			'　千葉委員から企画案が説明された。',
			'　　川端委員：招待論文を2本程度入れてはどうか。',
			'　　千葉委員：候補者に打診してみる。',
			'　審議の結果、企画案を修正のうえ次回理事会に提案することとした。',
		]);
		expect(turnsOf(result)).toEqual([
			['川端委員', '招待論文を2本程度入れてはどうか。'],
			['千葉委員', '候補者に打診してみる。'],
		]);
		expect(notesOf(result)).toContain('審議の結果、企画案を修正のうえ次回理事会に提案することとした。');
	});

	test('a convention’s vote', () => {
		const result = parseLines([
			'東和電機労働組合　第５２回定期大会　議事録',
			'',
			'日　時：２０２４年９月７日（土）　１３：００～１６：２０',
			'会　場：本社　大会議室',
			'',
			'議事',
			'第１号議案　２０２３年度活動報告',
			'代議員（工場支部　佐藤）：夜勤手当の見直しは交渉の議題に上がったのか。',
			'石田書記長：上がったが、会社側は来年度の検討事項とした。',
			'採決　賛成５４、反対０、保留２　→　承認',
		]);
		expect(turnsOf(result)).toEqual([
			['代議員（工場支部　佐藤）', '夜勤手当の見直しは交渉の議題に上がったのか。'],
			['石田書記長', '上がったが、会社側は来年度の検討事項とした。'],
		]);
		expect(notesOf(result)).toContain('採決　賛成５４、反対０、保留２　→　承認');
	});
});
