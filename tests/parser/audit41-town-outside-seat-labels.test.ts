/**
 * A town's 定例会 record typed in Word and printed to PDF, its turns' labels alone on their lines without marks
 * (`議長（田村君）`, `３番（今村君）` over the words), the officials who hold no seat labelled `番外` and their surname and post
 * (`番外　大西町長`, `番外　平野建設課長`), as the chair calls them (`番外、大西町長。`).
 */
import { describe, expect, test } from 'vitest';
import { parseText, turnsOf } from './unseen-helpers.ts';

const record = [
	'令和６年第３回さくら町議会定例会会議録（第２号）',
	'',
	'令和６年９月１０日（火曜日）',
	'',
	'応招議員（４名）',
	'　１番　　松　田　健　一　　　　　２番　　竹　内　由　美',
	'　３番　　今　村　　　聡　　　　１０番　　田　村　雅　彦',
	'',
	'不応招議員（なし）',
	'',
	'地方自治法第１２１条の規定により説明のため会議に出席した者',
	'　町　　　　長　　大　西　孝　之　　　　建設課長　　　平　野　健　太',
	'',
	'議事日程',
	'　日程第１　一般質問',
	'',
	'議長（田村君）',
	'　ただいまから本日の会議を開きます。',
	'　３番、今村聡君。',
	'',
	'３番（今村君）',
	'　町道の修繕計画をお伺いします。',
	'',
	'議長（田村君）',
	'　番外、大西町長。',
	'',
	'番外　大西町長',
	'　点検結果に基づき計画的に進めております。',
	'',
	'議長（田村君）',
	'　番外、平野建設課長。',
	'',
	'番外　平野建設課長',
	'　本年度は延長約二キロメートルの舗装を予定しております。',
	'',
	'議長（田村君）',
	'　本日はこれで散会いたします。',
].join('\n');

describe('a town record whose officials are labelled 番外 alone over their words', () => {
	const result = parseText(record, 'sakura-2024-09-10.txt');

	test('each official speaks under the surname and post, the chair only calling them', () => {
		expect(turnsOf(result)).toEqual([
			['議長（田村君）', 'ただいまから本日の会議を開きます。\n３番、今村聡君。'],
			['３番（今村君）', '町道の修繕計画をお伺いします。'],
			['議長（田村君）', '番外、大西町長。'],
			['大西町長', '点検結果に基づき計画的に進めております。'],
			['議長（田村君）', '番外、平野建設課長。'],
			['平野建設課長', '本年度は延長約二キロメートルの舗装を予定しております。'],
			['議長（田村君）', '本日はこれで散会いたします。'],
		]);
	});
});
