/**
 * A town's minutes typed in Word without turn marks: each turn a post or a seat, a full-width space and the name, then two
 * spaces and the words (`議長　岩井　茂　　おはようございます。`), or that label alone over the words (`議長　中谷` / `　ただいまから…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const inline = [
	'令和６年第３回しらかば町議会定例会会議録（第３号）',
	'',
	'令和６年９月１９日（木）　午前９時３０分開議　しらかば町議会議場',
	'',
	'出席議員　　１番　大川　正、２番　中井　節子、３番　今井　修一、４番　鶴田　健',
	'説明員　　　町長　藤田　勝己、副町長　加藤　雅',
	'',
	'議長　鶴田　健　　おはようございます。ただいまから本日の会議を開きます。',
	'　日程第１、議案第４０号を議題とします。決算審査特別委員長の報告を求めます。',
	'決算審査特別委員長　今井　修一　　報告いたします。議案第４０号は認定すべきものと決しました。',
	'議長　鶴田　健　　質疑はありませんか。',
	'２番　中井　節子　　給付の時期はいつ頃を予定していますか。',
	'町長　藤田　勝己　　１１月中の支給開始を予定しております。',
	'議長　鶴田　健　　以上で本日の会議を閉じます。',
];

const alone = [
	'令和６年第２回うぐいす町議会臨時会会議録',
	'',
	'令和６年１０月２５日（金曜日）',
	'',
	'応招議員（４名）',
	'　１番　寺　島　紀　子　　　２番　水　上　隆',
	'　３番　大　橋　悟　　　　　４番　中　谷　茂',
	'不応招議員（なし）',
	'',
	'説明のため出席した者',
	'　町長　尾　上　誠　　　総務課長　野　田　香　織',
	'',
	'議長　中谷',
	'　ただいまから令和６年第２回うぐいす町議会臨時会を開会します。',
	'議長　中谷',
	'　日程第１、議案第５０号を議題とします。町長。',
	'町長　尾上',
	'　議案第５０号について提案理由を申し上げます。',
	'３番　大橋',
	'　入札に参加した業者は何社でしたか。',
	'総務課長　野田',
	'　参加は５社でございます。',
	'議長　中谷',
	'　これで臨時会を閉会します。',
];

describe('unmarked turns of a post and a name typed in Word', () => {
	test('each line opening with a post or a seat and a name is that person\'s turn, its name no part of the words', () => {
		const { meeting } = parseText(inline.join('\n'), 'shirakaba.txt');
		expect(meeting?.series).toBe('しらかば町議会');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual([
			'議長（鶴田　健）',
			'決算審査特別委員長（今井　修一）',
			'議長（鶴田　健）',
			'２番（中井　節子）',
			'町長（藤田　勝己）',
			'議長（鶴田　健）',
		]);
		expect(meeting?.remarks[1]?.text).toBe('報告いたします。議案第４０号は認定すべきものと決しました。');
		expect(meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => member.title)).toEqual(['町長', '副町長']);
	});

	test('a post and a surname alone on a line speak the words below them, the first turn too', () => {
		const { meeting } = parseText(alone.join('\n'), 'uguisu.txt');
		expect(meeting?.series).toBe('うぐいす町議会');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（中谷）', 'ただいまから令和６年第２回うぐいす町議会臨時会を開会します。'],
			['議長（中谷）', '日程第１、議案第５０号を議題とします。町長。'],
			['町長（尾上）', '議案第５０号について提案理由を申し上げます。'],
			['３番（大橋）', '入札に参加した業者は何社でしたか。'],
			['総務課長（野田）', '参加は５社でございます。'],
			['議長（中谷）', 'これで臨時会を閉会します。'],
		]);
	});
});
