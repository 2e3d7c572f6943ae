/**
 * A roll in two columns, post and padded name, whose post is too long for its column and held in charge or acting
 * (`企画課長事務取扱　小　川　　　恵`, `財政課長心得　　　岡　田　　　誠`, `総務部長兼危機管理監　森　　　正　人`): each post with its
 * holder. The given name before such a post had been read into it (`隆企画課長事務取扱`), or the post and the name after it
 * had been more names of the post before.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (text: readonly string[]) =>
	parseDocuments(text.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]));

describe('a long post in a two-column roll', () => {
	test("an assembly's roll of officials", () => {
		expect(
			members([
				'令和６年第３回定例会　ひかり市議会会議録（第２号）',
				'',
				'令和６年９月１０日（火曜日）',
				'',
				'説明のため出席した者',
				'　　市長　　　　　　　中　村　和　夫　　　副市長　　　　　　石　井　浩　二',
				'　　総務部長　　　　　木　村　　　隆　　　企画課長事務取扱　小　川　　　恵',
				'',
				'○議長（山田太郎君）　ただいまから本日の会議を開きます。',
			]),
		).toEqual([
			['中村和夫', '市長'],
			['石井浩二', '副市長'],
			['木村隆', '総務部長'],
			['小川恵', '企画課長事務取扱'],
		]);
	});
	test("a council's staff", () => {
		expect(
			members([
				'令和６年度第２回ひかり市総合計画審議会　会議録',
				'',
				'１　日　時　令和６年１１月１２日（火）午後２時',
				'２　場　所　ひかり市役所　第１会議室',
				'３　事務局',
				'　　企画部長　　　　　木　村　　　隆　　　企画課長事務取扱　小　川　　　恵',
				'　　総務部長兼危機管理監　森　　　正　人　　　財政課長心得　　　岡　田　　　誠',
				'４　議事',
				'',
				'○会長　開会します。',
			]),
		).toEqual([
			['木村 隆', '企画部長'],
			['小川 恵', '企画課長事務取扱'],
			['森 正人', '総務部長兼危機管理監'],
			['岡田 誠', '財政課長心得'],
		]);
	});
});
