/**
 * A city assembly's committee record (委員会記録, kept as a Shift_JIS text or a PDF) lists `３　出席委員` as a table of three
 * columns: the member's post on the committee padded to its cell (`委員長`, `副委員長`, `委　員`), the seat (`５番`), the name
 * padded to its cell (`岡　田　　信　二`, a short name `泉　　　　萌`); the post `委　員` is written once, on the first plain member's
 * row, its column blank on the rows of the others under it. Each row is one member with their seat, name and post, `委員`
 * going to every seat under it. The vice-chair's short name and the padded `委　員` had broken their rows into a member
 * each for the post, the seat and each letter of the name, and the members under `委　員` had no post.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rowsOf = (text: string) =>
	parseText(text, 'kensetsu.txt')
		.meeting?.participants.find((group) => group.group === '出席委員')
		?.members.map((member) => [member.name, member.title]);

const RECORD = (roll: string) =>
	[
		'　　　　　　　　　　さくら台市議会建設環境委員会記録',
		'',
		'１　開会日時　　令和６年９月１７日（火）',
		'　　　　　　　　午前１０時００分開会　　午前１１時４２分閉会',
		'',
		'２　開会場所　　第２委員会室',
		'',
		'３　出席委員',
		roll,
		'',
		'４　欠席委員　　なし',
		'',
		'５　会議に付した事件',
		'　　議案第５５号　市道路線の認定について',
		'',
		'　　　　　　　　　　午前１０時００分開会',
		'○岡田委員長　ただいまから建設環境委員会を開会いたします。',
		'○泉副委員長　補修の時期の見通しはいかがでしょうか。',
		'○岡田委員長　以上で閉会いたします。',
	].join('\n');

describe('a committee’s roll by post, seat and padded name', () => {
	test('the post written once over the plain members’ seats', () => {
		const roll = [
			'　　委員長　　　５番　　岡　田　　信　二',
			'　　副委員長　　８番　　泉　　　　萌',
			'　　委　員　　　２番　　桑　原　　智　子',
			'　　　　　　　　３番　　野　々　村　　勝',
			'　　　　　　　１１番　　堀　　　　高　志',
		].join('\n');
		expect(rowsOf(RECORD(roll))).toEqual([
			['岡田信二', '委員長'],
			['泉萌', '副委員長'],
			['桑原智子', '委員'],
			['野々村勝', '委員'],
			['堀高志', '委員'],
		]);
	});

	test('the vice-chair’s post is never carried to the seats under it', () => {
		const roll = ['　　委員長　　　５番　　岡　田　　信　二', '　　副委員長　　８番　　泉　　　　萌', '　　　　　　　　２番　　桑　原　　智　子'].join('\n');
		expect(rowsOf(RECORD(roll))).toEqual([
			['岡田信二', '委員長'],
			['泉萌', '副委員長'],
			['桑原智子', null],
		]);
	});
});
