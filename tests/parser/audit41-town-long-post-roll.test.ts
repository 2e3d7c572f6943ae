/**
 * A ward assembly's committee record (`区民文教常任委員会記録`) whose `〇出席説明員` lists officials holding several offices in one
 * run of posts, longer than any name, then the name padded letter by letter after a gap of two spaces or more
 * (`青葉地区総合支所総合支所長青葉地区総合支所管理課長兼務      佐 伯 貴 浩`, `…担当部長(国際化文化芸術担当課長事務取扱)     荒 木 正 行`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'  区民文教常任委員会記録(令和6年第15号)',
	'',
	' 日  時  令和6年10月8日(火) 午後1時30分開会',
	'',
	' 場  所  第3委員会室',
	'',
	'〇出席説明員',
	' 教育長                                浦 上 幹 夫',
	' 青葉地区総合支所総合支所長青葉地区総合支所管理課長兼務      佐 伯 貴 浩',
	' みなと北地区総合支所総合支所長みなと北地区総合支所管理課長兼務  金 子 耕治郎',
	' 文化芸術事業連携担当部長(国際化文化芸術担当課長事務取扱)     荒 木 正 行',
	' 産業振興課長        中 島 淳 一',
	'',
	'○委員長(岩瀬みのり君) ただいまから、区民文教常任委員会を開会いたします。',
	'○委員長(岩瀬みのり君) 以上で本日の委員会を閉会いたします。',
].join('\n');

describe('officials of a long run of posts in a committee roll', () => {
	test('each is one member, the whole run their post', () => {
		const members = parseText(record, 'kumin-2024-10-08.txt').meeting?.participants.find((group) => group.group === '出席説明員')?.members;
		expect(members?.map((member) => [member.title, member.name])).toEqual([
			['教育長', '浦上幹夫'],
			['青葉地区総合支所総合支所長青葉地区総合支所管理課長兼務', '佐伯貴浩'],
			['みなと北地区総合支所総合支所長みなと北地区総合支所管理課長兼務', '金子 耕治郎'],
			['文化芸術事業連携担当部長(国際化文化芸術担当課長事務取扱)', '荒木正行'],
			['産業振興課長', '中島淳一'],
		]);
	});
});
