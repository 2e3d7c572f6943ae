/**
 * A village's 会議録 typed from old print, its roll of the members called numbering their seats in kanji (`一番　　山本　一藏　　二番
 * 　田中　與市`): one member a seat, the seat's number no member of its own and the name whole.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'昭和三十二年第一回ふかみ村議會定例會會議録',
	'',
	'一　招集年月日　昭和三十二年三月十五日',
	'一　招集ノ場所　ふかみ村役場議場',
	'一　開會　三月十五日午前十時',
	'',
	'應招議員',
	'　一番　　山本　一藏　　二番　　田中　與市',
	'　三番　　小川　德次　　四番　　森　　勝治',
	'不應招議員',
	'　なし',
	'',
	'○議長（森勝治君）　只今ヨリ開會致シマス',
	'○二番　本案ハ原案ノ通リ可決セラレンコトヲ望ム',
	'○三番　贊成',
	'○議長（森勝治君）　以上デ閉會致シマス',
];

describe('a roll of seats numbered in kanji', () => {
	const { meeting } = parseText(record.join('\n'), 'fukami-s32.txt');

	test('gives one member a seat, each by the whole name', () => {
		const called = meeting?.participants.find((group) => group.group === '應招議員');
		expect(called?.members.map((member) => member.name)).toEqual(['山本 一藏', '田中 與市', '小川 德次', '森 勝治']);
	});
});
