/**
 * A table of cases typed under an agricultural committee's motion, its cells apart by wide gaps (`１　　みなみ野町大字東　Ａ
 * 　　大字東字前田１２３番　田　１，２３４　経営規模拡大`): each row a paragraph of the explaining turn, where the rows had run
 * together and into the heading row above them.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('a table of cases inside a turn', () => {
	const header = '番号　申請人（譲受人）　申請人（譲渡人）　所在地番　地目　面積（㎡）　事由';
	const rows = ['１　　みなみ野町大字東　Ａ　　みなみ野町大字西　Ｂ　　大字東字前田１２３番　田　１，２３４　経営規模拡大', '２　　みなみ野町大字北　Ｃ　　みなみ野町大字北　Ｄ　　大字北字宮ノ下４５６番　畑　　　５６７　経営規模拡大'];
	const result = parseLines([
		'令和６年第７回みなみ野町農業委員会総会議事録',
		'',
		'１　開催日時　　令和６年７月１０日（水）　午後１時３０分から午後２時４５分',
		'２　開催場所　　みなみ野町役場　２階　大会議室',
		'',
		'議長　日程第２、議案第２３号について、事務局から説明をお願いします。',
		'事務局（田中）　議案第２３号についてご説明します。今回の申請は２件でございます。',
		'',
		header,
		...rows,
		'',
		'事務局（田中）　以上２件につきまして、不許可要件には該当しないと考えます。',
		'議長　質疑はありませんか。',
	]);

	test('each row is a paragraph of its own in the turn', () => {
		const remark = result.body.flatMap((section) => section.children).find((block) => block.type === 'remark' && block.speaker === '事務局（田中）');
		expect(remark?.type === 'remark' ? remark.children.map((block) => (block.type === 'paragraph' ? block.text : block.type)) : []).toEqual(['議案第２３号についてご説明します。今回の申請は２件でございます。', header, ...rows]);
	});

	test('prose wrapped over lines still runs together', () => {
		const wrapped = parseLines([
			'令和６年第７回みなみ野町農業委員会総会議事録',
			'',
			'１　開催日時　　令和６年７月１０日（水）　午後１時３０分',
			'',
			'事務局（田中）　議案第２３号についてご説明します。今回の申請は、経営規模の拡大のため',
			'隣接する農地を取得するものでございます。',
		]);
		expect(wrapped.meeting?.remarks.map((remark) => remark.text)).toEqual(['議案第２３号についてご説明します。今回の申請は、経営規模の拡大のため隣接する農地を取得するものでございます。']);
	});
});
