/**
 * Which date an assembly's 会議録 is of: the sitting's own date line, not the session's period or the notice
 * that called the session, which come first in the header and stay in its notes.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const turns = ['○議長（青木一郎君）　ただいまから本日の会議を開きます。', '　日程第１、一般質問を行います。', '○２番（井上花子君）　子育て支援について伺います。', '○議長（青木一郎君）　本日はこれにて散会いたします。', '　　　　　午前１０時３５分散会'];
const parse = (...header: string[]) => parseLines([...header, '', ...turns]);

describe('the date of an assembly sitting', () => {
	test('the sitting line wins over the session period above it', () => {
		const result = parse(
			'令和５年第１回みなみ野市議会定例会会議録（第３号）',
			'',
			'〇会期　令和５年２月２７日（月）から３月１７日（金）まで　１９日間',
			'',
			'〇議事日程（第３号）',
			'　　　　　　令和５年３月６日（月曜日）午前１０時開議',
			'　日程第１　一般質問',
			'〇出席議員（２名）',
			'　　１番　　青　木　一　郎　君　　　　２番　　井　上　花　子　君',
		);
		expect(result.family).toBe('assembly');
		expect(result.meeting).toMatchObject({ date: '2023-03-06', start: '10:00', end: '10:35' });
		// The period is not lost: it stays among the header's notes.
		expect(JSON.stringify(result.body)).toContain('会期　令和５年２月２７日（月）から３月１７日（金）まで　１９日間');
	});

	test('the sitting line wins over the date of the notice calling the session', () => {
		const result = parse(
			'平成22年第4回みなみ市議会定例会会議録（第1号）',
			' 平成22年第4回みなみ市議会定例会を次のとおり招集する。',
			'       平成22年11月22日',
			'          みなみ市長   原   秀 樹',
			'  平成22年11月30日(火曜日)午前10時32分開会',
			'〇出席議員（２名）',
			'　　１番　　青　木　一　郎　君　　　　２番　　井　上　花　子　君',
		);
		expect(result.meeting).toMatchObject({ date: '2010-11-30', start: '10:32' });
		expect(JSON.stringify(result.body)).toContain('平成22年11月22日');
	});

	test('a date line without a sitting time does not move the date', () => {
		const result = parse('令和５年第１回みなみ野市議会定例会会議録（第３号）', '令和５年３月６日（月曜日）', '〇出席議員（２名）', '　　１番　　青　木　一　郎　君　　　　２番　　井　上　花　子　君', '〇配付資料　令和５年２月２７日付け通知');
		expect(result.meeting?.date).toBe('2023-03-06');
	});
});

describe('the speakers\' index (発言者一覧) a DiscussNet page lists above its text', () => {
	test('numbered labels without speech are no turns: the record is the assembly\'s, dated by its sitting line', () => {
		const result = parseLines(
			[
				'令和 2年 9月 定例会',
				'',
				'発言者一覧',
				'  1 ◯議長（中山　博君）',
				'  2 ◯１０番（西田　恵子議員）',
				'  3 ◯市長（前田　進）',
				'',
				'本文',
				'        令和２年９月　あさぎり市議会定例会会議録（第３号）',
				'                    令和２年９月１０日（木）午前１０時開議',
				'◯議長（中山　博君）　ただいまから本日の会議を開きます。',
				'◯１０番（西田　恵子議員）　事業者への支援について伺います。',
				'◯市長（前田　進）　お答えいたします。',
				'  4 ◯議長（中山　博君）　以上で本日の会議を閉じます。',
			],
		);
		expect(result.family).toBe('assembly');
		expect(result.meeting).toMatchObject({ date: '2020-09-10', start: '10:00' });
		expect(turnsOf(result)).toEqual([
			['議長（中山　博君）', 'ただいまから本日の会議を開きます。'],
			['１０番（西田　恵子議員）', '事業者への支援について伺います。'],
			['市長（前田　進）', 'お答えいたします。'],
			['議長（中山　博君）', '以上で本日の会議を閉じます。'],
		]);
		expect(result.diagnostics.filter((d) => d.code === 'empty-remark')).toEqual([]);
	});
});
