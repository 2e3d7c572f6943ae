/**
 * A town's roll with leaders drawn from each post to its holder (`町長 ……………… 宮下　一郎君　　副町長 …………… 岩田　進君`), as a
 * clerk's Word file sets the officials who explain and the staff: each a member with the post.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sitting = [
	'令和６年　第２回（臨時）あおば町議会会議録（第１日）',
	'　　　　　　　　　　　　　　　　　　　　　　令和６年５月２日（木曜日）',
	'───────────────────────────────────────────',
	'出席議員（２名）',
	'　１番　小野　元治君　　　　２番　市川　広海君',
	'───────────────────────────────────────────',
	'説明のため出席した者の職氏名',
	'町長 ……………… 宮下　一郎君　　副町長 …………… 岩田　進君',
	'総務課長 ………… 村井　健君　　　税務課長 ・・・・・ 奥野　悦子君',
	'───────────────────────────────────────────',
	'職務のため出席した事務局職員職氏名',
	'事務局長 ………… 安藤　和也君　　書記 ……………… 福島　香君',
	'───────────────────────────────────────────',
	'○議長（市川　広海君）　ただいまから令和６年第２回あおば町議会臨時会を開会します。',
	'○１番（小野　元治君）　質疑します。',
	'○議長（市川　広海君）　これで閉会します。',
];

describe('a roll whose posts are drawn to the names with leaders', () => {
	const { meeting } = parseText(sitting.join('\n'), 'aoba.txt');
	const rows = (group: string) => meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => [member.name, member.title]);

	test('every post and name is one member, the leaders no part of either', () => {
		expect(rows('説明のため出席した者')).toEqual([
			['宮下 一郎', '町長'],
			['岩田 進', '副町長'],
			['村井 健', '総務課長'],
			['奥野 悦子', '税務課長'],
		]);
		expect(rows('事務局職員')).toEqual([
			['安藤 和也', '事務局長'],
			['福島 香', '書記'],
		]);
	});
});
