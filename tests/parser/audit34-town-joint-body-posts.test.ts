/**
 * A joint body's (一部事務組合, 広域連合) turns labelled by its post and, in brackets, the office its holder has in a member town
 * and the name (`○管理者（あおい市長　水谷博文君）`): each the turn of that person with the joint body's post.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const sitting = [
	'令和６年第１回あおぞら広域行政事務組合議会定例会会議録',
	'',
	'令和６年２月１６日（金）午後１時３０分開会',
	'',
	'応招議員（３名）',
	'　１番　　石　田　京　子',
	'　２番　　大　野　健　二',
	'　３番　　高　木　昌　弘',
	'不応招議員　　なし',
	'',
	'○議長（高木昌弘君）　ただいまから令和６年第１回あおぞら広域行政事務組合議会定例会を開会いたします。',
	'　日程第１、議案第１号を議題とします。提案理由の説明を求めます。管理者。',
	'○管理者（あおい市長　水谷博文君）　議案第１号について提案理由を申し上げます。予算総額は１４億２，６００万円でございます。',
	'○議長（高木昌弘君）　これより質疑を行います。',
	'○２番（大野健二君）　改良工事の期間中、ごみの受入れに支障は生じませんか。',
	'○副管理者（つばさ村長　杉浦正義君）　炉を１基ずつ改修いたしますので、受入れを止めることはございません。',
	'○議長（高木昌弘君）　これをもちまして閉会いたします。',
];

describe("a joint body's post held by a member town's head", () => {
	const { meeting } = parseText(sitting.join('\n'), 'kumiai.txt');

	test('every such label opens a turn of its own, none runs into the turn before', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual([
			'議長（高木昌弘君）',
			'管理者（あおい市長　水谷博文君）',
			'議長（高木昌弘君）',
			'２番（大野健二君）',
			'副管理者（つばさ村長　杉浦正義君）',
			'議長（高木昌弘君）',
		]);
		expect(meeting?.remarks[0]?.text).not.toContain('水谷');
		expect(meeting?.remarks[4]?.text).toBe('炉を１基ずつ改修いたしますので、受入れを止めることはございません。');
	});

	test.each([
		['管理者（あおい市長　水谷博文君）', '水谷博文', '管理者', 'あおい市長'],
		['副管理者（みどり町長　松井早苗君）', '松井早苗', '副管理者', 'みどり町長'],
		['広域連合長（さくら市長　前田　和也君）', '前田和也', '広域連合長', 'さくら市長'],
	])('%s is %s, the %s, %s at home', (label, name, title, affiliation) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation });
	});
});
