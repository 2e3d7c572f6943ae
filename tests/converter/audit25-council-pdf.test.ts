/**
 * A council's one-page PDF as a word processor writes it: the handout's number as its running head (`資料１` over the
 * title) and header fields whose labels end a letter or two before the values' column (`開催日時　…` / `開催場所　…`,
 * `１．日　時：…` / `２．場　所：…`). Each field reads as a line of its own and the record keeps its title.
 */
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { minutesPdf } from './pdf-fixture.ts';

const TURNS = [
	'（会長）　定足数に達しているので、会議は成立している。議題（１）について、事務局より説明を求める。',
	'（事務局）　資料１に基づき説明。',
	'（委員）　今回削除される地区は、所有者の死亡による買取り申出によるものか。',
	'（事務局）　そのとおりである。',
	'（会長）　以上で本日の審議会を終了する。',
];

async function read(text: string) {
	const extracted = await pdfToText((await minutesPdf(text, { header: '資料１' })).bytes);
	if (!extracted.ok) throw new Error(`the fixture PDF was not read: ${extracted.message}`);
	return { text: extracted.text, result: parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }) };
}

describe('a council PDF’s header fields and running head', () => {
	test('field labels over one another are each their own line, not one cell before the first value', async () => {
		const { text, result } = await read(
			[
				'会　議　録',
				'会議名　令和６年度　第３回○○市都市計画審議会',
				'開催日時　令和６年１１月１５日（金）　午前１０時００分～午前１１時３０分',
				'開催場所　○○市役所　第２庁舎４階　会議室Ｂ',
				'出席者　［委員］秋元　昭（会長）、池上　正子（副会長）、内田　勝',
				'審議内容',
				...TURNS,
			].join('\n'),
		);
		expect(text).toMatch(/^開催日時　令和６年１１月１５日/mu);
		expect(text).toMatch(/^開催場所　○○市役所/mu);
		expect(result.family).toBe('council');
		expect(result.meeting?.date).toBe('2024-11-15');
		expect(result.meeting?.location).toBe('○○市役所　第２庁舎４階　会議室Ｂ');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['会長', '事務局', '委員', '事務局', '会長']);
	});

	test('numbered labels padded apart (１．日　時：…) keep their numbers and values, and 資料１ stays out of the title', async () => {
		const { text, result } = await read(
			[
				'金融審議会「資産運用に関するワーキング・グループ」（第４回）議事要旨',
				'',
				'１．日　時：令和６年３月１２日（火）１０時００分～１２時００分',
				'２．場　所：中央合同庁舎第７号館１３階　共用第一特別会議室',
				'３．議事要旨',
				...TURNS,
			].join('\n'),
		);
		expect(text).toMatch(/^１．日　時：令和６年３月１２日/mu);
		expect(text).toMatch(/^２．場　所：中央合同庁舎/mu);
		expect(result.meeting?.title).toBe('金融審議会「資産運用に関するワーキング・グループ」（第４回）議事要旨');
		expect(result.meeting?.date).toBe('2024-03-12');
		expect(result.meeting?.location).toBe('中央合同庁舎第７号館１３階　共用第一特別会議室');
		expect(result.diagnostics.map((d) => d.code)).toContain('document-stamp');
	});

	test('a verbatim record whose labels are drawn apart from their words is no table of speakers: each label stays on its line', async () => {
		const turns = [
			'○村井課長　定刻となりましたので、ただいまから第３回「地域包括ケアの推進に関する検討会」を開催いたします。',
			'○田辺座長　それでは、議事に入ります。事務局から資料１について説明をお願いします。',
			'○村井課長　資料１を御覧ください。センターの業務は年々増加しており、総合相談の件数はこの５年で約1.4倍となっています。',
			'○田辺座長　ありがとうございました。御意見、御質問をお願いします。',
			'○青山構成員　ありがとうございます。訪問看護の立場から申し上げますと、情報共有の手段が自治体ごとに異なることが負担の一因だと考えております。',
			'○石原構成員　石原です。聞こえておりますでしょうか。',
			'○田辺座長　はい、聞こえております。',
			'○石原構成員　ありがとうございます。資料の７ページについて確認させてください。',
			'○村井課長　御指摘の点は、次回までに整理してお示しします。',
			'○田辺座長　ほかにございますか。よろしいでしょうか。',
			'○村井課長　次回の日程は、追って御連絡いたします。',
			'○田辺座長　それでは、本日はこれで閉会といたします。',
		];
		const { text, result } = await read(['第３回　地域包括ケアの推進に関する検討会　議事録', '○日時', '令和６年９月18日（水）15:00～17:00', '○議事', ...turns].join('\n'));
		expect(text).toMatch(/^○石原構成員　石原です。聞こえておりますでしょうか。$/mu);
		expect(text).toMatch(/^○田辺座長　はい、聞こえております。$/mu);
		expect(text).toMatch(/^○村井課長　次回の日程は、追って御連絡いたします。$/mu);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(turns.map((turn) => turn.slice(1, turn.indexOf('　'))));
	});
});
