/**
 * A mayor's talk with residents (市長との意見交換, 懇談会) written as a PDF's text: `参加者：…名` and `市側出席者：` in the header,
 * the talk under `４．懇　談` (or `意見交換`, `懇談内容`), labels alone over the words. `懇談` opens the text (before: no body
 * label, the plain reader, and `参加者：…` a phantom turn); among `議事`'s items, `３．意見交換` stays an item.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const TALK = `テーマ：「高齢者が歩いて暮らせるまち」
日　時：令和6年11月8日（金）14:00～15:30
場　所：ひがし野市中央公民館　第１会議室
参加者：ひがし野シニアクラブ会員８名
１．開　会
２．市長あいさつ
市側出席者：市長
　　　　　　高齢福祉課職員
３．懇　談
（１）買い物の足について
司会
最初に、買い物の足についてご意見をお願いします。
市長
来年度からデマンド交通の試行を始める予定です。皆さんの声を聞かせてください。
（２）その他
司会
本日はありがとうございました。
`;

const AGENDA = `第２回 みどり台地区まちづくり協議会 議事録

日　時：令和6年5月20日（月）19:00～20:30
場　所：みどり台集会所
出席者：会長、委員８名、事務局

議事
１．開会
２．地区計画の進め方について
３．意見交換
４．閉会

議事録

１．開会
事務局　ただいまから第２回協議会を開催いたします。
`;

const parse = (text: string) => parseMinutes(text, { source: 't.txt', sourceHash: '0'.repeat(64) });

describe('a talk with residents under 懇談', () => {
	const { meeting, family } = parse(TALK);

	test('is read as minutes with its header: the people, the place, the time', () => {
		expect(family).toBe('council');
		expect(meeting!.location).toBe('ひがし野市中央公民館　第１会議室');
		expect(meeting!.participants.map((group) => group.group)).toEqual(['参加者', '市側出席者']);
	});

	test('the talk\'s turns are remarks, and the people line is no turn', () => {
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['司会', '市長', '司会']);
		expect(meeting!.remarks[1]!.text).toContain('デマンド交通の試行');
	});
});

const NUMBERED = TALK.replace('２．市長あいさつ\n', '２．市長あいさつ\n２-２．参加者紹介\n①　小学生の子が二人。ひがし野出身。\n②　孫の送り迎えをしている。\n③　町内会の役員。\n').replace(
	'市長\n来年度からデマンド交通の試行を始める予定です。皆さんの声を聞かせてください。\n',
	'市長\n来年度からデマンド交通の試行を始める予定です。皆さんの声を聞かせてください。\n②\nバス停まで遠いので、乗り合いタクシーがあると助かります。\n市長\n停留所の場所も一緒に検討します。\n',
);

test('a circled number that introduced a participant speaks when it stands alone over the words', () => {
	const { meeting } = parse(NUMBERED);
	expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['司会', '市長', '②', '市長', '司会']);
	expect(meeting!.remarks[2]!.text).toBe('バス停まで遠いので、乗り合いタクシーがあると助かります。');
	// (Without the introductions the mark stays in the text.)
	const bare = parse(NUMBERED.replace(/^①.*\n^②.*\n^③.*\n/mu, '')).meeting!;
	expect(bare.remarks.map((remark) => remark.speaker)).not.toContain('②');
});

test('３．意見交換 among the items under 議事 is an item, and the text starts at its own label', () => {
	const { meeting } = parse(AGENDA);
	expect(meeting!.agenda.map((item) => item.title)).toEqual(['開会', '地区計画の進め方について', '意見交換', '閉会']);
	expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['事務局']);
});
