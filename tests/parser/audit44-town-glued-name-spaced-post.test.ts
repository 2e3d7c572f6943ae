/**
 * A village's minutes (a web page's copy) list those who explain two pairs a line with single spaces throughout, some posts
 * padded a space a letter (`村 長 萩野 達雄 副 村 長 齋田 一郎`), some names written without their space. After such a name of
 * five letters, a post padded so (`健康福祉課長 早川紀美江 会 計 管 理 者 堀江満智男`) had been cut after its first letter: a
 * member named `早川紀美江 会` and a post `計管理者`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和5年第3回大沢村議会臨時会会議録 第1号',
	'令和5年8月22日(火曜日) 午前10時00分開議',
	'出席議員(3名)',
	'1番 小柴 克也 2番 佐原 英俊 3番 石渡 敏',
	'欠席議員(なし)',
	'説明のため出席した者の職氏名',
	'村 長 萩野 達雄 副 村 長 齋田 一郎',
	'教 育 長 庄田 明宏 教育次長兼学校教育課長 齋木 浩',
	'健康福祉課長 早川紀美江 会 計 管 理 者 堀江満智男',
	'事務局出席職員氏名',
	'事務局長 堀田 緋沙子 書記 片桐 則之',
	'午前10時00分 開 会',
	'議長(細谷運一君) おはようございます。ただいまから会議を開きます。',
	'会計管理者(堀江満智男君) 御説明申し上げます。',
	'議長(細谷運一君) 閉会いたします。',
].join('\n');

describe('a name without its space before a post padded a letter to a word', () => {
	const { meeting } = parseText(record, 'osawa-2023-08-22.txt');
	test('each official with the whole post and the whole name', () => {
		expect(meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => [member.title, member.name])).toEqual([
			['村長', '萩野 達雄'],
			['副村長', '齋田 一郎'],
			['教育長', '庄田 明宏'],
			['教育次長兼学校教育課長', '齋木 浩'],
			['健康福祉課長', '早川紀美江'],
			['会計管理者', '堀江満智男'],
		]);
	});
});
