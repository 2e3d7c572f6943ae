/**
 * Posts and roles as today's municipal records write them: a section named in katakana or Latin letters after a surname
 * (`平野デジタル推進課長`, `森スポーツ振興課長`), and a roll's role before a spaced full name (`委員　田村　和彦（会長）`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `第２回みなと市デジタル化推進会議　会議録
１　日時　令和６年１１月１２日（火）午後２時～午後３時
２　場所　市役所３階会議室
３　出席者
　委員　田村　和彦（会長）
　委員　上原　恵美
　事務局　平野デジタル推進課長、森スポーツ振興課長
４　議事

○田村会長　ただいまから会議を開きます。事務局から説明をお願いします。
○平野デジタル推進課長　資料１により、行政手続のオンライン化について説明いたします。
○上原委員　オンライン化の対象はいくつありますか。
○平野デジタル推進課長　今年度は百二十の手続を対象としています。
○森スポーツ振興課長　施設予約も対象に含めております。
○田村会長　以上で終わります。`;

describe('a post whose section is named in katakana or Latin letters', () => {
	test('after a surname it is a speaker\'s label, each turn its own (they had run into the turn before)', () => {
		const { meeting } = parseMinutes(MINUTES, { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['田村会長', '平野デジタル推進課長', '上原委員', '平野デジタル推進課長', '森スポーツ振興課長', '田村会長']);
		expect(meeting!.remarks[1]!.text).toBe('資料１により、行政手続のオンライン化について説明いたします。');
	});

	test('the label reads as surname and post', () => {
		expect(parseNameLabel('平野デジタル推進課長')).toEqual({ name: '平野', title: 'デジタル推進課長', affiliation: null });
		expect(parseNameLabel('森シティプロモーション課長')).toEqual({ name: '森', title: 'シティプロモーション課長', affiliation: null });
		expect(parseNameLabel('平野ＤＸ推進課長')).toEqual({ name: '平野', title: 'ＤＸ推進課長', affiliation: null });
		expect(parseNameLabel('デジタル推進課長')).toEqual({ name: null, title: 'デジタル推進課長', affiliation: null });
		// (A kanji post reads as before.)
		expect(parseNameLabel('平野情報推進課長')).toEqual({ name: '平野', title: '情報推進課長', affiliation: null });
	});
});

describe('a role before a spaced full name in a roll', () => {
	test('`委員　田村　和彦（会長）` is 田村　和彦, a member who chairs (it had been 和彦 of an affiliation 委員　田村)', () => {
		expect(parseNameLabel('委員　田村　和彦（会長）')).toEqual({ name: '田村　和彦', title: '委員（会長）', affiliation: null });
		expect(parseNameLabel('委員　上原　恵美')).toEqual({ name: '上原　恵美', title: '委員', affiliation: null });
		expect(parseNameLabel('構成員　石田　和也')).toEqual({ name: '石田　和也', title: '構成員', affiliation: null });
	});

	test('in the roll of the minutes above', () => {
		const { meeting } = parseMinutes(MINUTES, { source: 'a.txt', sourceHash: '0'.repeat(64) });
		const members = meeting!.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]));
		expect(members).toContainEqual(['田村　和彦', '委員（会長）']);
		expect(members).toContainEqual(['上原　恵美', '委員']);
		expect(members).toContainEqual(['平野', 'デジタル推進課長']);
	});
});

describe("a name's reading in kana after it, as a magazine's 対談 writes its roll", () => {
	test('is no part of the entry (a hospital head had become みなみ野市民 of an affiliation 中川　由紀（なかがわ・ゆき）)', () => {
		expect(parseNameLabel('中川　由紀（なかがわ・ゆき）　みなみ野市民病院長')).toEqual({ name: '中川　由紀', title: 'みなみ野市民病院長', affiliation: null });
		expect(parseNameLabel('山本　誠一（やまもと・せいいち）　みなみ野市長')).toEqual({ name: '山本　誠一', title: 'みなみ野市長', affiliation: null });
		// (A short honorific in brackets stays as it was read.)
		expect(parseNameLabel('田中（さん）')).toEqual({ name: '田中', title: 'さん', affiliation: null });
	});

	test('and the surnames alone over the words speak', () => {
		const text = ['広報みなみ野　新春対談', '日時：2024年12月5日（木）14:00～15:00', '', '出席者', '山本　誠一（やまもと・せいいち）　みなみ野市長', '中川　由紀（なかがわ・ゆき）　みなみ野市民病院長', '', '山本', '市長の山本です。よろしくお願いします。', '', '中川', '院長の中川です。循環器内科が専門です。', '', '山本', '医師の確保に取り組みます。', '', '中川', 'ありがとうございます。'].join('\n');
		const { meeting } = parseMinutes(text, { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['山本', '中川', '山本', '中川']);
	});
});
