/**
 * Councils' 議事次第 as other bodies write them: numbered parts (`（１）開会`) that come again over the record's parts marked
 * otherwise (`≪１．開会≫`), and a 内閣府 working group's 議題 between `（開会）` and `（閉会）`.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('the parts of a 議事次第 come again over the record', () => {
	const result = parse([
		'消費者委員会　第４３０回本会議　議事録',
		'',
		'１．日時　２０２４年３月２６日（火）　１４：００～１６：００',
		'２．場所　消費者委員会会議室及びテレビ会議',
		'３．出席者',
		'（委員）鹿野委員長、大澤委員',
		'（事務局）友行参事官',
		'４．議事',
		'（１）開会',
		'（２）デジタル化に伴う消費者問題について',
		'（３）閉会',
		'',
		'≪１．開会≫',
		'○鹿野委員長　ただいまから、第４３０回消費者委員会本会議を開催いたします。',
		'≪２．デジタル化に伴う消費者問題について≫',
		'○大澤委員　ダークパターンへの対応について、法的な位置付けを伺いたいと思います。',
		'≪３．閉会≫',
		'○鹿野委員長　本日は、これにて閉会とさせていただきます。',
	]);
	const meeting = result?.meeting;

	test('the numbered lines under 議事 are the agenda, each linked to its part of the record', () => {
		const titles = new Map(meeting?.sections.map((section) => [section.id, section.title]));
		expect(meeting?.agenda.map((item) => [item.number, item.title, titles.get(item.section ?? '')])).toEqual([
			[1, '開会', '１．開会'],
			[2, 'デジタル化に伴う消費者問題について', '２．デジタル化に伴う消費者問題について'],
			[3, '閉会', '３．閉会'],
		]);
		expect(meeting?.sections.map((section) => section.title)).toEqual(['１．開会', '２．デジタル化に伴う消費者問題について', '３．閉会']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['鹿野委員長', '大澤委員', '鹿野委員長']);
	});
});

describe("a working group's 議事概要", () => {
	const meeting = parse([
		'規制改革推進会議　健康・医療・介護ワーキング・グループ（第７回）',
		'議事概要',
		'',
		'1. 日時：令和6年4月15日（月）9:30～11:00',
		'2. 場所：オンライン会議',
		'3. 出席者：',
		'（委員）佐藤主査、落合座長代理、中室委員',
		'（事務局）内閣府規制改革推進室　次長　他',
		'（説明者）厚生労働省医政局総務課長　他',
		'4. 議題：',
		'（開会）',
		'1．オンライン診療の更なる推進について',
		'2．医療DXの推進について',
		'（閉会）',
		'5. 議事概要：',
		'○佐藤主査',
		'　本日は、オンライン診療について、厚生労働省からヒアリングを行います。',
		'○厚生労働省医政局総務課長',
		'　資料1に基づき、オンライン診療の指針改定について説明いたします。',
	])?.meeting;

	test('the opening and the closing in brackets are no items of business, nor the end of one', () => {
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, 'オンライン診療の更なる推進について'],
			[2, '医療DXの推進について'],
		]);
	});

});

describe("a prefecture's 議案 before a colon", () => {
	const meeting = parse([
		'令和６年度　西湖県都市計画審議会（第１８２回）会議録',
		'',
		'日　　時：令和６年１１月１１日（月）１３時３０分～１５時００分',
		'場　　所：西湖県庁　議会棟２階　第２委員会室',
		'出席委員：１６名（委員２０名中）',
		'議　　案：',
		'　議第１号　西湖都市計画区域の整備、開発及び保全の方針の変更について',
		'　議第２号　湖南都市計画道路の変更について（湖南市決定）',
		'',
		'審議経過',
		'　会長　それでは、議第１号について、事務局から説明願います。',
		'　都市計画課長　議第１号について御説明いたします。',
	])?.meeting;

	test('heads the agenda, no group of the roll above it', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['議第１号　西湖都市計画区域の整備、開発及び保全の方針の変更について', '議第２号　湖南都市計画道路の変更について（湖南市決定）']);
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席委員']);
	});
});

describe('a 次第 printed above the record', () => {
	const result = parse([
		'消費者委員会　第４３０回本会議　議事録',
		'',
		'内閣府消費者委員会事務局',
		'',
		'消費者委員会　第４３０回本会議',
		'議事次第',
		'',
		'１．日時　２０２４年３月２６日（火）　１４：００～１６：００',
		'２．場所　消費者委員会会議室及びテレビ会議',
		'３．出席者',
		'（委員）鹿野委員長、大澤委員',
		'４．議事',
		'（１）開会',
		'（２）デジタル化に伴う消費者問題について',
		'（３）閉会',
		'',
		'≪１．開会≫',
		'○鹿野委員長　ただいまから、第４３０回消費者委員会本会議を開催いたします。',
		'≪２．デジタル化に伴う消費者問題について≫',
		'○大澤委員　ダークパターンへの対応について、法的な位置付けを伺いたいと思います。',
		'≪３．閉会≫',
		'○鹿野委員長　本日は、これにて閉会とさせていただきます。',
	]);

	test('its heading and the title again over it are no fault of the header', () => {
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['開会', 'デジタル化に伴う消費者問題について', '閉会']);
		expect(result?.diagnostics.filter((d) => ['empty-section', 'duplicate-section', 'unknown-line'].includes(d.code))).toEqual([]);
	});
});
