/**
 * A 合併協議会's record (a city's web page of the joined towns' council) heads its rolls with the council's name, the towns joined
 * by 中黒: `東浦・南原合併協議会出席者` over the chair, the deputy and the members town by town (`(南原村)`), the names padded a
 * half-width space a letter two to a line and the count closing the last line (`立 花   智 以上11名`); then
 * `東浦・南原合併協議会欠席者 柚 木 昭 男 1名` on one line, and the council's office (`東浦・南原合併協議会事務局`) by post. The
 * rolls had all been kept as text, no one named; a count after the last name had run into it.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'第6回東浦・南原合併協議会会議録',
	'',
	'開催年月日  令和5年10月18日',
	'開催場所  東浦町中央公民館 大ホール',
	'開会  午後1時30分',
	'閉会  午後3時12分',
	'',
	'東浦・南原合併協議会出席者',
	'会 長 戸 叶 清 隆',
	'副 会 長 鶴 巻 直 行',
	'(南原村)',
	'奥 寺 一 雄  芦 沢 万 作',
	'(県)',
	'立 花   智 以上3名',
	'東浦・南原合併協議会欠席者 柚 木 昭 男 1名',
	'東浦・南原合併協議会事務局',
	'局長 富 樫   進',
	'次長 羽 賀 茂 幸',
	'',
	'会 議 次 第',
	'1.開 会',
	'2.議 題',
	'  協議第21号 新町の名称について（継続協議）',
	'3.閉 会',
	'',
	'○次長 定刻になりましたので、ただ今から第6回東浦・南原合併協議会を開催いたします。',
	'○議長 協議第21号を議題といたします。',
	'○奥寺委員 南原の名前を地区名として残していただきたい。',
	'○議長 本件は次回に継続協議といたします。',
].join('\n');

describe("a 合併協議会's rolls headed with its name", () => {
	const result = parseText(record, 'higashiura-minamihara-6.txt');
	test('the members, the absent and the office each a roll, the counts no part of a name', () => {
		expect(rollsOf(result)).toEqual([
			['東浦・南原合併協議会出席者', ['会長 戸叶清隆', '副会長 鶴巻直行']],
			['東浦・南原合併協議会出席者（南原村）', ['null 奥寺一雄', 'null 芦沢万作']],
			['東浦・南原合併協議会出席者（県）', ['null 立花 智']],
			['東浦・南原合併協議会欠席者', ['null 柚木昭男']],
			['東浦・南原合併協議会事務局', ['局長 富樫 進', '次長 羽賀茂幸']],
		]);
	});
	test('the counts are notes on their rolls', () => {
		expect(result.meeting?.participants.map((group) => group.note ?? null)).toEqual([null, null, '以上3名', '1名', null]);
	});
});
