/**
 * What a minutes system writes right after a turn's label, before the speech: the speaker going up to speak
 * (`登壇`, `〔登壇〕`), a stage direction of the turn, never words of the turn before; the page of the printed record
 * the turn starts on (`［ 228頁］`), no word at all.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

describe('going up to speak, written after the label', () => {
	test('a committee record: `登壇` and `〔登壇〕` after the bracket are notes of that turn, the words after them its speech', () => {
		const result = parseLines([
			'令和6年決算特別委員会(全体会) 本文 開催日:2024-09-20',
			'みなと市議会',
			'',
			'      午前10時00分 開議',
			'',
			'◯委員長（松井　道夫君）  ただいまから決算特別委員会を開会いたします。まず、経済分科会長。',
			'◯経済分科会長（高木　美香君）登壇  経済分科会長報告を行います。',
			'◯委員長（松井　道夫君）  次に、建設分科会長。',
			'◯建設分科会長（野村義晴君）〔登壇〕  建設分科会長報告を行います。',
			'◯委員長（松井　道夫君）  以上で閉会いたします。',
			'',
			'      午前10時20分 散会',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['委員長（松井　道夫君）', '経済分科会長（高木　美香君）', '委員長（松井　道夫君）', '建設分科会長（野村義晴君）', '委員長（松井　道夫君）']);
		expect(turnsOf(result)[0]?.[1]).toBe('ただいまから決算特別委員会を開会いたします。まず、経済分科会長。');
		expect(turnsOf(result)[1]?.[1]).toContain('経済分科会長報告を行います。');
		expect(turnsOf(result)[3]?.[1]).toContain('建設分科会長報告を行います。');
		expect(notesOf(result)).toEqual(expect.arrayContaining(['登壇', '〔登壇〕']));
	});

	test('an assembly record: `〔登壇〕` after the label, and a numbered label with it over the speech, are turns', () => {
		const result = parseLines([
			'令和６年第３回みなと市議会定例会会議録（第２号）',
			'令和６年９月１０日（火曜日）',
			'出席議員（２名）',
			'　　１番　　高　木　美　香　君　　　　２番　　野　村　義　晴　君',
			'　　　午前１０時開議',
			'○議長（松井道夫君）　ただいまから本日の会議を開きます。市長。',
			'○市長（石田一郎君）〔登壇〕　提出議案について御説明申し上げます。',
			'○議長（松井道夫君）　２番。',
			'3 ○２番（野村義晴君）〔登壇〕',
			'　公共交通について伺います。',
		]);
		expect(result.family).toBe('assembly');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['議長（松井道夫君）', '市長（石田一郎君）', '議長（松井道夫君）', '２番（野村義晴君）']);
		expect(turnsOf(result)[2]?.[1]).toBe('２番。');
		expect(turnsOf(result)[3]?.[1]).toContain('公共交通について伺います。');
		expect(notesOf(result).filter((note) => note === '〔登壇〕')).toHaveLength(2);
	});
});

describe('a page reference after the label, as a minutes system exports each turn with its page', () => {
	test('each label is a turn whatever form its page takes, numbered or not, the speech on the lines below it', () => {
		const result = parseLines([
			'令和6年決算特別委員会(全体会) 本文 開催日:2024-09-20',
			'みなと市議会',
			'',
			'1       午前10時00分 開議',
			'',
			'◯委員長（松井　道夫君）［ 112頁］',
			' ただいまから決算特別委員会を開会いたします。',
			' まず、経済分科会長。',
			'',
			'2 ◯経済分科会長（高木　美香君）登壇［ 112頁］',
			' 経済分科会長報告を行います。',
			' 以上で報告を終わります。',
			'',
			'3 ◯委員長（松井　道夫君）[113頁]',
			' 質疑はありませんか。',
			'',
			'4 ◯野村義晴委員［113ページ］',
			' 一点だけ伺います。',
			'',
			'5 ◯委員長（松井　道夫君）［ 113頁］',
			' 以上で閉会いたします。',
			'',
			'6       午前10時20分 散会',
		]);
		expect(result.meeting).toMatchObject({ date: '2024-09-20', start: '10:00', end: '10:20' });
		expect(turnsOf(result)).toEqual([
			['委員長（松井　道夫君）', 'ただいまから決算特別委員会を開会いたします。\nまず、経済分科会長。'],
			['経済分科会長（高木　美香君）', '登壇\n経済分科会長報告を行います。\n以上で報告を終わります。'],
			['委員長（松井　道夫君）', '質疑はありませんか。'],
			['野村義晴委員', '一点だけ伺います。'],
			['委員長（松井　道夫君）', '以上で閉会いたします。'],
		]);
		expect(JSON.stringify(result.body)).not.toMatch(/頁|ページ/u);
	});
});
