/**
 * A question or an answer typed in brackets, then who gives it by surname and post and a wide space before the words
 * (`（質問）清水評議員　奨学金の…`, `（回答）平田事務局長　…`), as a foundation's 評議員会 or an association's 総会 writes
 * them: that person's turn (the member's question had been the words of `質問`, their name in them).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('typed questions of members named by surname and post', () => {
	const result = parseLines([
		'公益財団法人あおば教育振興財団',
		'令和６年度　定時評議員会　議事録',
		'',
		'１　開催日時　令和６年６月２１日（金）午後１時３０分から午後２時５０分まで',
		'２　開催場所　あおば市教育会館　３階　研修室',
		'３　出席評議員　青木　正人、清水　美穂、竹内　隆志',
		'４　出席理事　理事長　早川　弘、常務理事　堀内　さゆり',
		'',
		'５　議事',
		'第１号議案　令和５年度事業報告及び決算承認の件',
		'　早川理事長から事業報告について説明があった。',
		'',
		'（質問）清水評議員　奨学金の返還免除の件数が前年より少ないのはなぜか。',
		'（回答）平田事務局長　免除の要件を満たす申請が少なかったためである。',
		'',
		'（質問）竹内委員　基本財産の運用益の見通しはどうか。',
		'（回答）堀内常務理事　来年度は今年度を上回る見込みである。',
		'',
		'　議長が諮ったところ、全員異議なく原案どおり承認可決された。',
	]);

	test('each question is its member’s, each answer its officer’s', () => {
		expect(turnsOf(result)).toEqual([
			['質問（清水評議員）', '奨学金の返還免除の件数が前年より少ないのはなぜか。'],
			['回答（平田事務局長）', '免除の要件を満たす申請が少なかったためである。'],
			['質問（竹内委員）', '基本財産の運用益の見通しはどうか。'],
			['回答（堀内常務理事）', '来年度は今年度を上回る見込みである。'],
		]);
	});
});
