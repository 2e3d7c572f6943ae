/**
 * A prefecture's 定例会 会議録 page (its older sittings, set in a fixed pitch) that sets each letter of a member's name two spaces
 * apart (`2  番  吉  野  和  也`), the blank cell where a short surname or given name ends collapsed to one space (`小  川 武`,
 * `向  井 嘉久藏`, `宗 正  彦`); a long surname or given name is one word (`宇喜多  栄  蔵`, `門  三千代`).
 */
import { describe, expect, test } from 'vitest';
import { readPaddedName } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const record = [
	'平成9年9月 みなみ県議会定例会会議録 第1号(全文)',
	'',
	'議 事 日 程 第一号 平成九年九月二十四日(水曜日)',
	'  午前十時開会・開議',
	'  第一 会議録署名議員の指名',
	'出 席 議 員(六人)',
	' 1  番  小  川 武',
	' 2  番  吉  野  和  也',
	' 3  番  向  井 嘉久藏  ',
	' 4  番  宗 正  彦',
	' 5  番 宇喜多  栄  蔵',
	' 6  番  門  三千代  ',
	'欠 席 議 員(なし)',
	'────────────────────',
	'  午前十時三分開会',
	'○議長(吉野和也君) ただいまから本日の会議を開きます。',
	'○議長(吉野和也君) 本日は、これをもって散会いたします。',
].join('\n');

describe('names padded letter by letter, the surname ending at the one narrow gap', () => {
	test('each member is named with the surname apart, a cell of other pitches as before', () => {
		const members = parseText(record, 'minami-1997-09-24.txt').meeting?.participants.find((group) => group.group === '出席議員')?.members;
		expect(members?.map((member) => member.name)).toEqual(['小川 武', '吉野和也', '向井 嘉久藏', '宗 正彦', '宇喜多 栄蔵', '門 三千代']);
		// (A cell of other pitches keeps its widest gap.)
		expect(readPaddedName('三 浦  芳 一')).toBe('三浦 芳一');
		expect(readPaddedName('谷   禎 一')).toBe('谷 禎一');
		expect(readPaddedName('杉　本　　　亮')).toBe('杉本 亮');
		expect(readPaddedName('長谷川 秀 徳')).toBe('長谷川 秀徳');
	});
});
