/**
 * Officials whose posts do not end in 長 or 員 (`会計管理者`, `水道事業管理者`, `参与`, `技監`, `審議監`) and turns labelled wholly in
 * brackets with a post written in kana or with 兼 (`◯（門脇子育て支援課長）`): each is a turn of its own. Before, their answers
 * were glued into the remark of the member who had asked.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const HEADER = `令和５年第４回はなみずき市議会定例会

文教厚生常任委員会会議録

１　開会日時　　令和５年１２月１２日（火）　午前１０時００分
２　閉会日時　　令和５年１２月１２日（火）　午前１１時３５分
３　場　　所　　第２委員会室
４　出席委員（３名）
　　委　員　長　　　大　塚　　　亮
　　委　　　員　　　川　端　正　志
　　委　　　員　　　鳥　居　節　子
５　説明のため出席した者
　　健康福祉部次長兼福祉課長　　　藤　原　　　聡
　　子育て支援課長　　　　　　　　門　脇　真由美

`;

const PLAIN = `${HEADER}◯大塚委員長　ただいまから文教厚生常任委員会を開会いたします。
◯川端委員　課税限度額の引上げにより影響を受ける世帯数はどの程度ですか。
◯森会計管理者　影響を受ける世帯は約２１０世帯でございます。
◯鳥居委員　移管後の保育士の配置について伺います。
◯門脇参与　合同保育の期間を３か月設けることを説明しております。
◯川端委員　水道料金への影響はありますか。
◯石井水道事業管理者　今年度の改定は予定しておりません。
◯鳥居委員　庁舎の耐震化はどうですか。
◯佐藤技監　来年度に設計を行います。
◯川端委員　財源はどうですか。
◯田中審議監　起債で賄う予定です。
◯大塚委員長　以上で閉会いたします。
`;

const BRACKETED = `${HEADER}◯（大塚委員長）　ただいまから文教厚生常任委員会を開会いたします。
◯（川端委員）　課税限度額の引上げにより影響を受ける世帯数はどの程度ですか。
◯（藤原健康福祉部次長兼福祉課長）　影響を受ける世帯は約２１０世帯でございます。
◯（鳥居委員）　移管後の保育士の配置について伺います。
◯（門脇子育て支援課長）　合同保育の期間を３か月設けることを説明しております。
◯（大塚委員長）　以上で閉会いたします。
`;

const speakers = (text: string) => parseMinutes(text, { source: 'bunkyo.txt', sourceHash: '0'.repeat(64) }).meeting!.remarks.map((remark) => [remark.speaker, remark.text.slice(0, 8)]);

describe("officials' turns in a committee's record", () => {
	test('posts ending in 管理者, 参与, 技監 and 審議監 speak', () => {
		expect(speakers(PLAIN).map(([speaker]) => speaker)).toEqual(['大塚委員長', '川端委員', '森会計管理者', '鳥居委員', '門脇参与', '川端委員', '石井水道事業管理者', '鳥居委員', '佐藤技監', '川端委員', '田中審議監', '大塚委員長']);
		expect(speakers(PLAIN)[2]).toEqual(['森会計管理者', '影響を受ける世帯']);
	});

	test('a person and post wholly in brackets speak, kana and 兼 in the post included', () => {
		expect(speakers(BRACKETED)).toEqual([
			['（大塚委員長）', 'ただいまから文教'],
			['（川端委員）', '課税限度額の引上'],
			['（藤原健康福祉部次長兼福祉課長）', '影響を受ける世帯'],
			['（鳥居委員）', '移管後の保育士の'],
			['（門脇子育て支援課長）', '合同保育の期間を'],
			['（大塚委員長）', '以上で閉会いたし'],
		]);
	});
});
