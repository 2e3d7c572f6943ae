/**
 * A town's 分科会 whose roll of those who explain writes 同 glued to a post under the head of a section
 * (`同課長補佐　　　中　川　美　穂` under `総務課長　　　　寺　田　正　博`), as the Word files of small assemblies do.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'予算特別委員会第１分科会会議録',
	'',
	'令和６年３月１１日（月）',
	'なないろ町議会　第１委員会室',
	'',
	'開　会　　午前１０時００分',
	'閉　会　　午前１１時４０分',
	'',
	'出席分科員（３名）',
	'　分科会長　　　小　西　健　吾',
	'　副分科会長　　杉　浦　里　美',
	'　分 科 員　　　鈴　木　清　二',
	'',
	'説明のため出席した者',
	'　総務課長　　　　寺　田　正　博',
	'　同課長補佐　　　中　川　美　穂',
	'　同課主査　　　　井　上　　　剛',
	'　企画財政課長　　永　井　　　聡',
	'',
	'○分科会長（小西健吾君）　ただいまから予算特別委員会第１分科会を開会します。',
	'○分科員（鈴木清二君）　庁舎の空調更新の時期を伺います。',
	'○同課長補佐（中川美穂君）　令和６年度の夏までに完了する予定です。',
	'○分科会長（小西健吾君）　閉会します。',
].join('\n');

describe('同 glued to a post in the roll of those who explain', () => {
	const meeting = parseText(record, 'naniiro-bunkakai.txt').meeting;

	test("is the post in the office of the section's head above it", () => {
		const officials = meeting?.participants.find((group) => group.group === '説明のため出席した者');
		expect(officials?.members.map((member) => [member.name, member.title])).toEqual([
			['寺田正博', '総務課長'],
			['中川美穂', '総務課課長補佐'],
			['井上剛', '総務課主査'],
			['永井聡', '企画財政課長'],
		]);
	});

	test('the turns are unchanged', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['分科会長（小西健吾君）', '分科員（鈴木清二君）', '同課長補佐（中川美穂君）', '分科会長（小西健吾君）']);
	});
});
