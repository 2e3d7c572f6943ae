/**
 * A town election board's 会議録 page: titled by the day it was held (`令和6年10月7日開催 選挙管理委員会会議録`), its roll by
 * bracketed groups whose word is set a space a letter (`(委 員)竹内委員長、山川委員長職務代理、…`), the decisions under
 * `【議決事項】` and the reports under `【報告事項】` right below the roll.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const PAGE = `令和6年10月7日開催 選挙管理委員会会議録
開催日 令和6年10月7日(月)午前9時53分〜11時05分
場 所 ひばり町役場 4階 404会議室
出席者
(委 員)竹内委員長、山川委員長職務代理、南田委員、吉野委員
(事務局)上田書記長、本間書記、大久保書記
【議決事項】
１　令和6年10月27日執行予定の衆議院議員総選挙に関し、次の事項を決定しました。
・選挙人名簿登録の移替えをしない期間について
・ポスター掲示場の設置場所について
【報告事項】
・期日前投票所の設置について事務局から報告があった。
`;

const read = (text = PAGE) => {
	const { meeting, diagnostics } = parseText(text, 'senkan-20241007.txt');
	if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
	return meeting;
};

describe('an election board\'s 会議録 page', () => {
	test('the series is the board, not the day it was held', () => {
		expect(read().series).toBe('選挙管理委員会');
		expect(read().date).toBe('2024-10-07');
	});

	test('the roll by bracketed groups: the group\'s word without its padding, the acting chair a post', () => {
		expect(read().participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['委員', [['竹内', '委員長'], ['山川', '委員長職務代理'], ['南田', '委員'], ['吉野', '委員']]],
			['事務局', [['上田', '書記長'], ['本間', '書記'], ['大久保', '書記']]],
		]);
	});

	test('【議決事項】 under the roll opens the text as its first heading, no group of the roll', () => {
		const meeting = read();
		expect(meeting.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['議決事項', '報告事項']);
	});

	test('a post and a name after an acting chair\'s post are the post and the name', () => {
		const spaced = read(PAGE.replace('(委 員)竹内委員長、山川委員長職務代理、南田委員、吉野委員', '(委 員)委員長　竹内　一郎、委員長職務代理　山川　二郎'));
		expect(spaced.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([['竹内　一郎', '委員長'], ['山川　二郎', '委員長職務代理']]);
	});
});
