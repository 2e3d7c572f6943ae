/**
 * A 合併協議会's roll lists its members town by town under the chair and the deputy: the role once with the first town in
 * brackets (`委員 (東浦町)`), then each other town in brackets alone (`(南原村)`), the names padded a letter to a word two a line.
 * The first town's line had been read as a member named 東浦町, its members left in the roll above with the chair.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'第6回東浦・南原合併協議会会議録',
	'',
	'開催年月日  令和5年10月18日',
	'開催場所  東浦町中央公民館 大ホール',
	'',
	'東浦・南原合併協議会出席者',
	'会 長 戸 叶 清 隆',
	'委員 (東浦町)',
	'曽 我 辺 正  根 岸 千 春',
	'(南原村)',
	'奥 寺 一 雄  芦 沢 万 作',
	'',
	'会 議 次 第',
	'1.開 会',
	'2.閉 会',
	'',
	'○会長 ただ今から第6回東浦・南原合併協議会を開催いたします。',
	'○根岸委員 一点伺います。',
	'○会長 以上で閉会いたします。',
].join('\n');

describe("a 合併協議会's members town by town, the role before the first town", () => {
	test('each town a roll of its members, no member named after a town', () => {
		expect(rollsOf(parseText(record, 'higashiura-minamihara-6.txt'))).toEqual([
			['東浦・南原合併協議会出席者', ['会長 戸叶清隆']],
			['東浦・南原合併協議会出席者（東浦町）', ['null 曽我辺正', 'null 根岸千春']],
			['東浦・南原合併協議会出席者（南原村）', ['null 奥寺一雄', 'null 芦沢万作']],
		]);
	});
});
