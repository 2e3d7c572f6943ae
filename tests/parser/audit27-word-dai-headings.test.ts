/**
 * Items numbered `第１`, `第２` (Word's numbering `第%1`, as a council's 議事 is typed) read as the agenda, as `1.`, `2.` are;
 * `第１回`, `第１号議案` stay what they are.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const HASH = '0'.repeat(64);

describe('an agenda numbered 第１, 第２', () => {
	test('under a bare 議事 label, before the turns', () => {
		const text = [
			'第５回あおば市都市計画審議会　議事録',
			'日時　令和６年７月１０日（水）午前１０時００分～午前１１時３０分',
			'議事',
			'第１\t用途地域の変更について（諮問）',
			'第２\t地区計画の決定について（報告）',
			'',
			'○森田会長　ただいまから第５回審議会を開会いたします。',
			'○石田委員　説明会は何回開催しましたか。',
		].join('\n');
		const meeting = parseDocuments(text, { source: 'toshikeikaku-5.txt', sourceHash: HASH })[0]?.meeting;
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '用途地域の変更について（諮問）'],
			[2, '地区計画の決定について（報告）'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森田会長', '石田委員']);
	});

	test('under a 議題 label of the header, with the date and place after it', () => {
		const text = ['令和６年度第１回さくら市男女共同参画推進審議会　会議録', '議題', '第１　会長及び副会長の選出について', '第２　プランの進捗状況について', '日時　令和６年６月１８日（火）午後２時', '場所　さくら市役所　３０１会議室', '', '○青木会長　開会します。'].join('\n');
		const meeting = parseDocuments(text, { source: 'danjo-1.txt', sourceHash: HASH })[0]?.meeting;
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '会長及び副会長の選出について'],
			[2, 'プランの進捗状況について'],
		]);
		expect(meeting?.location).toBe('さくら市役所　３０１会議室');
	});

	test('第１回 and 第１号議案 are no such items', () => {
		const text = ['第１回みどり町防災会議　議事録', '日時　令和６年５月１日（水）午後２時', '議事', '第１号議案　地域防災計画の修正について', '', '○会長　開会します。'].join('\n');
		const meeting = parseDocuments(text, { source: 'bousai-1.txt', sourceHash: HASH })[0]?.meeting;
		expect(meeting?.title).toBe('第１回みどり町防災会議　議事録');
		expect(meeting?.agenda.map((item) => item.title).filter((title) => title.startsWith('号') || title.startsWith('回'))).toEqual([]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['会長']);
	});
});
