/**
 * Labels in brackets with the words after them that no list of roles names: a surname of the roll (`【宮下】`), a post and a
 * surname joined by ・ (`〔防犯部長・木下〕`, `〔３班長・松井〕`), an official's post (`〔産業振興課長〕`), a person and a post that
 * joins two sections' names (`【郷家地震・防災研究課長】`). Each is a turn; a topic in brackets (`【防災・減災】`) is none.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const turns = (meeting: ReturnType<typeof read>) => meeting?.remarks.map((remark) => [remark.speaker, remark.text]);

describe('bracketed labels with speech after them', () => {
	test("a condominium board's 【surname】 turns, the surnames in the roll", () => {
		const meeting = read(['みどりヶ丘マンション管理組合　第５回理事会議事録', '', '日時　令和６年９月８日（日）１０時～１１時', '場所　集会室', '出席理事　宮下、後藤、谷', '', '【宮下】現在の空き区画は１２区画です。', '【後藤】抽選の方法を決めておきたいと思います。', '【宮下】では次回までに案を作ります。']);
		expect(turns(meeting)).toEqual([
			['宮下', '現在の空き区画は１２区画です。'],
			['後藤', '抽選の方法を決めておきたいと思います。'],
			['宮下', 'では次回までに案を作ります。'],
		]);
	});

	test("a residents' association's posts joined to surnames, and an official's post", () => {
		const meeting = read(['緑町三丁目町内会　役員会議事録', '', '日時　令和６年５月１２日（日）１９時～２０時', '場所　町内会館', '出席　会長、副会長、各部長、各班長', '', '〔会長・森本〕　ただいまから役員会を始めます。', '〔防犯部長・木下〕　防犯灯が２か所切れています。', '〔３班長・松井〕　ごみ当番の表を配りました。', '〔産業振興課長〕　補助金の申請は６月末までです。', '【防災・減災】について、次回に話し合うこととした。']);
		expect(turns(meeting)?.map(([speaker]) => speaker)).toEqual(['会長・森本', '防犯部長・木下', '３班長・松井', '産業振興課長']);
	});

	test("a ministry's official whose post joins two sections' names with ・", () => {
		const meeting = read(['防災科学技術委員会（第42回）議事録', '', '日時：令和6年2月7日（水曜日）10時00分～12時00分', '場所：文部科学省', '出席者：小原主査、林主査代理', '', '【小原主査】　それでは、議事に入ります。', '【郷家地震・防災研究課長】　資料1－1に基づき、御説明いたします。', '【林主査代理】　ありがとうございました。']);
		expect(turns(meeting)?.map(([speaker]) => speaker)).toEqual(['小原主査', '郷家地震・防災研究課長', '林主査代理']);
	});
});
