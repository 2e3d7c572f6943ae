/**
 * Numbered header fields of a postwar town's record typed from old print: the sitting's opening with its day and time in
 * kanji (`一　開會　十二月二十日午前十時　議長宣告`, `一、閉會　同日午後四時十分`) is a field giving the times, no more of the
 * place above it, and the officials called under the law (`地方自治法第百二十一條により説明のため出席した者`) are a roll.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'old.txt', sourceHash: '0'.repeat(64) })[0]!;

describe("a town's numbered header in old forms", () => {
	const result = read([
		'昭和二十四年第四回西山町議會定例會會議録',
		'',
		'一　招集年月日　昭和二十四年十二月二十日',
		'一　招集場所　西山町役場會議室',
		'一　開會　十二月二十日午前十時　議長宣告',
		'一　應招議員',
		'　　一番　石田　長吉　　二番　井上　半藏',
		'一　地方自治法第百二十一條により説明のため出席した者',
		'　　町長　稲葉　房吉',
		'　　助役　小野寺　良平',
		'○議長（石田長吉君）　只今より會議を開きます。',
		'○番外（町長）　提案の理由を説明いたします。',
		'○議長（石田長吉君）　以上をもつて本日の會議を閉ぢます。',
		'　　　午後三時二十分閉會',
	]);

	test('the opening in kanji gives the start and ends the place', () => {
		expect([result.meeting?.location, result.meeting?.start, result.meeting?.end]).toEqual(['西山町役場會議室', '10:00', '15:20']);
	});

	test('the officials called under the law are a roll of their own', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['應招議員', ['一番　石田　長吉', '二番　井上　半藏']],
			['地方自治法第百二十一條により説明のため出席した者', ['町長　稲葉　房吉', '助役　小野寺　良平']],
		]);
	});

	test("a committee's opening and closing with the whole day and `同日` are fields, no warning", () => {
		const committee = read([
			'昭和三十年六月十五日　南原市議會總務委員會會議録',
			'',
			'一、開會　昭和三十年六月十五日（水）午後一時三十分',
			'一、閉會　同日午後四時十分',
			'一、場所　市役所第一委員會室',
			'一、出席委員',
			'　　委員長　德山　實',
			'○委員長（德山實君）　只今から委員會を開きます。',
			'○委員（髙野淸君）　税率の引上げは如何なる根據によるものか。',
		]);
		expect(committee.diagnostics).toEqual([]);
		expect([committee.meeting?.start, committee.meeting?.end, committee.meeting?.location]).toEqual(['13:30', '16:10', '市役所第一委員會室']);
	});
});
