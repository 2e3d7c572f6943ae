/**
 * Records of a city's boards other than the assembly: an audit commission heads its business `５　会議事項`, a council asked by
 * the mayor `６　諮問事項`; the turns of who acts for the board's head (`○教育長職務代理者　…`) and of the audit commissioners
 * (`○代表監査委員　…`) are turns even when no roll lists them.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const AUDIT = [
	'令和６年第３回東山市監査委員会議録',
	'',
	'１　日時　　令和６年３月２７日（水）午前１０時００分',
	'２　場所　　監査委員室',
	'３　出席者　代表監査委員　水谷　宏',
	'　　　　　　監査委員　　　高野　智之',
	'４　事務局　事務局長　　　吉川　正',
	'　　　　　　監査係長　　　藤本　愛',
	'５　会議事項',
	'　（１）例月出納検査の結果について（２月分）',
	'　（２）定期監査の結果に関する報告の決定について',
	'',
	'○代表監査委員　ただいまから監査委員会議を開催します。会議事項（１）について事務局から説明をお願いします。',
	'○事務局長　２月分の例月出納検査の結果、計数は関係諸帳簿と符合しておりました。',
	'○監査委員　了承します。',
	'○代表監査委員　以上で閉会します。',
];

describe("a board's matters in the header", () => {
	test('`５　会議事項` lists the agenda, no members of the staff above', () => {
		const meeting = read(AUDIT);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['例月出納検査の結果について（２月分）', '定期監査の結果に関する報告の決定について']);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席者', ['水谷　宏', '高野　智之']],
			['事務局', ['吉川　正', '藤本　愛']],
		]);
	});

	test('`６　諮問事項` under the staff is the agenda too', () => {
		const meeting = read([
			'令和５年度第２回東山市国民健康保険運営協議会会議録',
			'',
			'１　開催日時　令和６年２月６日（火）午後２時から午後３時１５分まで',
			'２　開催場所　東山市役所３階　３０１会議室',
			'３　出席職員',
			'　　健康福祉部長　　　川口　正人',
			'　　保険年金課長　　　中川　美紀',
			'４　諮問事項',
			'　　令和６年度国民健康保険税の税率改定について',
			'５　会議の経過',
			'遠藤会長　　ただいまから国民健康保険運営協議会を開催します。',
			'中川保険年金課長　　資料に基づき説明いたします。',
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['令和６年度国民健康保険税の税率改定について']);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['健康福祉部長　川口　正人', '保険年金課長　中川　美紀']);
	});
});

describe("posts of a board's own that speak", () => {
	test("the audit commissioners' turns, the first right under the agenda, are all read", () => {
		// (Under `５　議題` the first had been read as one more line of the agenda, and left out.)
		expect(read(AUDIT.map((line) => line.replace('会議事項', '議題')))?.remarks.map((remark) => remark.speaker)).toEqual(['代表監査委員', '事務局長', '監査委員', '代表監査委員']);
		expect(read(AUDIT)?.remarks.map((remark) => remark.speaker)).toEqual(['代表監査委員', '事務局長', '監査委員', '代表監査委員']);
	});

	test('who acts for the head of the board speaks without a roll naming them', () => {
		const meeting = read([
			'令和６年第２回東山市教育委員会定例会会議録',
			'',
			'日時　令和６年３月２７日（水）',
			'',
			'○教育長　ただいまから開催します。',
			'○教育長職務代理者　通学路の安全について伺います。',
			'○学校教育課長　点検を行っております。',
			'○委員長職務代理者　了承します。',
			'○教育長　閉会します。',
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['教育長', '教育長職務代理者', '学校教育課長', '委員長職務代理者', '教育長']);
	});
});
