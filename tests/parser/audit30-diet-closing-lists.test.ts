/**
 * The 参議院's 本会議 prints after the close the business of the day again (`○本日の会議に付した案件` / `一、日程第一` /
 * `一、国務大臣の報告に関する件…`) and the names of who voted (`投票者氏名` / `日程第一　…` / `賛成者（白色票）氏名` / names):
 * an item taken up outside the 議事日程 is on the agenda, each marked with 一、 an item of its own, and the list of voters is
 * the record's notes, its `日程第一` no section. The item had been lost, and the agenda had taken the reader to the list of
 * names (a section of paragraphs) instead of the debate.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第二百十三回国会参議院会議録第十二号
令和六年四月二十四日（水曜日）
　　　午前十時一分開議
　　━━━━━━━━━━━━━
　議事日程　第十二号
　　令和六年四月二十四日
　　　午前十時開議
　第一　地方自治法の一部を改正する法律案（内閣提出、衆議院送付）
　　━━━━━━━━━━━━━
○議長（尾辻秀久君）　これより会議を開きます。
　この際、日程に追加して、国務大臣の報告に関する件（令和六年度地方財政計画について）を議題といたします。
○議長（尾辻秀久君）　日程第一　地方自治法の一部を改正する法律案（内閣提出、衆議院送付）を議題といたします。
　まず、委員長の報告を求めます。総務委員長新妻秀規君。
　　　〔新妻秀規君登壇、拍手〕
○新妻秀規君　ただいま議題となりました法律案につきまして御報告申し上げます。（拍手）
○議長（尾辻秀久君）　投票の結果を報告いたします。
　　　　投票総数　　　　　　　　二百三十八
　　　　　賛成　　　　　　　　　百八十
　　　　　反対　　　　　　　　　五十八
　　　よって、本案は可決されました。（拍手）
　　　　　〔投票者氏名は本号末尾に掲載〕
　　　─────・─────
○議長（尾辻秀久君）　本日はこれにて散会いたします。
　　　午前十時二十五分散会
　　　─────・─────
○本日の会議に付した案件
一、国務大臣の報告に関する件（令和六年度地方財政計画について）
一、日程第一
　　　─────・─────
　　　　投票者氏名
　日程第一　地方自治法の一部を改正する法律案（内閣提出、衆議院送付）
　　賛成者（白色票）氏名　　　百八十名
　　　　　　青木　一彦君　　　赤池　誠章君
　　反対者（青色票）氏名　　　五十八名
　　　　　　石垣のりこ君　　　小池　　晃君
`;

describe('the 参議院 本会議’s lists after the close', () => {
	const { meeting, body } = parseText(MINUTES, 'sangiin-honkaigi-12.txt');

	test('an item taken up outside the 議事日程 is on the agenda; each item links to the turn taking it up', () => {
		expect(meeting?.agenda.map((item) => [item.title, item.section, item.remark])).toEqual([
			['地方自治法の一部を改正する法律案（内閣提出、衆議院送付）', null, 'r2'],
			['国務大臣の報告に関する件（令和六年度地方財政計画について）', null, 'r1'],
		]);
	});

	test('the voters’ names are notes after the last turn, under no section of their own', () => {
		expect(body.map((section) => section.title)).toEqual(['']);
		const last = body.at(-1)?.children.slice(-6).map((block) => [block.type, 'text' in block ? block.text : '']);
		expect(last).toEqual([
			['note', '投票者氏名'],
			['note', '日程第一　地方自治法の一部を改正する法律案（内閣提出、衆議院送付）'],
			['note', '賛成者（白色票）氏名　　　百八十名'],
			['note', '青木　一彦君　　　赤池　誠章君'],
			['note', '反対者（青色票）氏名　　　五十八名'],
			['note', '石垣のりこ君　　　小池　　晃君'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（尾辻秀久君）', '議長（尾辻秀久君）', '新妻秀規君', '議長（尾辻秀久君）', '議長（尾辻秀久君）']);
	});
});
