/** Officials of a municipality whose name is written in kana (さいたま市, つくば市, ひたちなか市, いわき市) speak as those of 川越市 do. */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `第１回圏域連携会議　議事録
日時：令和６年５月１０日（金）午後２時
場所：川越市役所
出席者：さいたま市企画政策課長、川越市企画課長、ひたちなか市総務部長

○さいたま市企画政策課長　ただいまから開会します。
○川越市企画課長　よろしくお願いします。
○ひたちなか市総務部長　資料について説明します。
○さいたま市企画政策課長　以上で終わります。`;

describe('a municipality written in kana before a post', () => {
	test('each official is a speaker and a member of the roll (the first turn had been read as a roll entry)', () => {
		const { meeting } = parseMinutes(MINUTES, { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['さいたま市企画政策課長', 'ただいまから開会します。'],
			['川越市企画課長', 'よろしくお願いします。'],
			['ひたちなか市総務部長', '資料について説明します。'],
			['さいたま市企画政策課長', '以上で終わります。'],
		]);
		expect(meeting!.participants.flatMap((group) => group.members.map((member) => member.title))).toEqual(['企画政策課長', '企画課長', '総務部長']);
	});

	test('the label reads as one with a municipality in kanji does', () => {
		expect(parseNameLabel('つくば市長')).toEqual({ ...parseNameLabel('筑波市長'), name: 'つくば' });
		expect(parseNameLabel('いわき市教育長')).toEqual({ ...parseNameLabel('岩城市教育長'), name: 'いわき市' });
		// (A place alone is an affiliation, as before.)
		expect(parseNameLabel('さいたま市')).toEqual({ name: null, title: null, affiliation: 'さいたま市' });
	});
});
