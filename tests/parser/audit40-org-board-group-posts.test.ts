/**
 * A roll whose groups are named by the board's post (`出席評議員`, `欠席理事`, `出席監事`, `出席監査役`): each member listed
 * there without a post of their own holds that post (they had been listed without one, and their turns, `片岡評議員：`,
 * `荻野監事：`, matched no one's post); a member with a post of their own keeps it.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const rolls = (lines: readonly string[]) =>
	parseLines(lines, 'hyogiinkai.txt').meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

describe('the members of a group named by a board’s post', () => {
	test('a social welfare corporation’s 評議員会: each group’s bare names hold its post', () => {
		expect(
			rolls([
				'社会福祉法人あおぞら会　定時評議員会議事録',
				'',
				'１　日　時　　令和６年６月１８日（火）午前１０時から午前１１時まで',
				'２　場　所　　法人本部会議室',
				'３　出席評議員　５名（定足数４名）',
				'　　　石田　和也、内山　直子、遠藤　悟、小川　美紀、加藤　誠',
				'４　欠席評議員　　北原　洋子',
				'５　出席理事　　理事長　佐野　光男',
				'６　出席監事　　杉山　和恵',
				'',
				'７　議事の経過',
				'第１号議案　令和５年度決算承認の件',
				'　内山評議員：人件費が増えた理由は何か。',
				'　佐野理事長：処遇改善の加算を職員に配分したためである。',
				'　杉山監事：監査の結果、適正であった。',
			]),
		).toEqual([
			['出席評議員', [['石田　和也', '評議員'], ['内山　直子', '評議員'], ['遠藤　悟', '評議員'], ['小川　美紀', '評議員'], ['加藤　誠', '評議員']]],
			['欠席評議員', [['北原　洋子', '評議員']]],
			['出席理事', [['佐野　光男', '理事長']]],
			['出席監事', [['杉山　和恵', '監事']]],
		]);
	});

	test('a company’s board: the auditor listed bare under 出席監査役', () => {
		expect(
			rolls([
				'取締役会議事録',
				'',
				'日時　　令和６年１０月１日（火）午後２時',
				'場所　　当社会議室',
				'出席取締役　　代表取締役　森本　浩、取締役　大石　聡、取締役　上原　舞',
				'出席監査役　　吉沢　俊',
				'',
				'議事の経過の要領及びその結果',
				'第１号議案　支店開設の件',
				'　議長が諮ったところ、全員一致で承認可決した。',
			]),
		).toEqual([
			['出席取締役', [['森本　浩', '代表取締役'], ['大石　聡', '取締役'], ['上原　舞', '取締役']]],
			['出席監査役', [['吉沢　俊', '監査役']]],
		]);
	});
});
