/**
 * A town's 全員協議会 record typed in a word processor's table and saved as text: the roll sets every letter two full-width
 * spaces apart, and the post the same two spaces before the name (`議　　長　　木　　村　　大　　輔`), so that nothing but the
 * words tells the post from the name; a short name leaves a blank letter's cell, a gap twice as wide (`浅　　沼　　　　勇`); a
 * post may be written whole (`総務課長　　梅　　田　　久　　美`) or padded a narrower space a letter (`副 議 長　　重　　田…`).
 * Each letter had been an entry of its own (54 entries naming no one for ten members).
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const S = '\u3000\u3000';
const tracked = (...cells: string[]) => cells.join(S);

const record = (roll: string[]) =>
	[
		'あおば町議会全員協議会記録',
		'',
		'日　　時　　令和６年５月１５日（水）　午前１０時００分開会',
		'場　　所　　あおば町役場　第２委員会室',
		'',
		'出　　席　　議　　員（５名）',
		...roll,
		'',
		'説明のため出席した者',
		tracked('町', '長', '松', '永', '浩', '二'),
		tracked('総務課長', '梅', '田', '久', '美'),
		'',
		'協議事項',
		'１　町営バス路線の見直しについて',
		'',
		'○議長（木村大輔君）　ただいまから全員協議会を開会いたします。',
		'○町長（松永浩二君）　路線の再編について御説明いたします。',
		'○議長（木村大輔君）　以上で全員協議会を閉会いたします。',
	].join('\n');

describe('a roll set two full-width spaces a letter, the post as far from the name', () => {
	test('each line one member, the post apart from the name', () => {
		const rolls = rollsOf(
			parseText(
				record([
					tracked('議', '長', '木', '村', '大', '輔'),
					`副 議 長${S}${tracked('重', '田', '元', '子')}`,
					`${tracked('議', '員', '浅', '沼')}${S}${S}勇`,
					tracked('議', '員', '宇', '佐', '美', '香'),
					tracked('議', '員', '久', '保', '利', '明'),
				]),
				'aoba-zenkyo-2024-05-15.txt',
			),
		);
		expect(rolls).toEqual([
			['出席議員', ['議長 木村大輔', '副議長 重田元子', '議員 浅沼 勇', '議員 宇佐美香', '議員 久保利明']],
			['説明のため出席した者', ['町長 松永浩二', '総務課長 梅田久美']],
		]);
	});

	test('names alone under the heading, one a line', () => {
		const rolls = rollsOf(parseText(record([tracked('木', '村', '大', '輔'), `${tracked('浅', '沼')}${S}${S}勇`]), 'aoba-zenkyo-2024-05-15.txt'));
		expect(rolls[0]).toEqual(['出席議員', ['null 木村大輔', 'null 浅沼 勇']]);
	});
});
