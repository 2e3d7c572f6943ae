/**
 * A company's 安全衛生委員会 (and many a council's) lists each member as the role held on the committee, the office held at work
 * and the name, the role column padded to the width of its longest (`委員長　工場長　水野 智之` over `委員　　総務部長　広瀬 達也`),
 * as a word processor's roll or a mail's pasted minutes write it. Each row is one member: the name, the committee's role the
 * title and the office the affiliation, as with one space (`会長　町長　森下　孝`). The padded role had been split off as an
 * entry of no one, the office taken as the member's post; and a works', a branch's or a shop's head (`工場長`, `支店長`, `店長`)
 * had made the row no one.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (roll: readonly string[]): string =>
	[
		'第42回　安全衛生委員会　議事録',
		'',
		'日時：2024年9月12日（木）15:00〜16:10',
		'場所：本社3階　第1会議室',
		'出席者（敬称略）：',
		...roll,
		'欠席者：なし',
		'',
		'議題',
		'1. 8月の労働災害発生状況',
		'',
		'水野委員長：それでは始めます。まず8月の災害状況を報告してください。',
		'小松委員：休業災害はゼロ、不休災害が1件です。',
		'水野委員長：以上で終了します。',
	].join('\n');

const rows = (text: string, file: string) =>
	parseText(text, file)
		.meeting?.participants.find((group) => group.group === '出席者')
		?.members.map((member) => [member.name, member.title, member.affiliation]);

describe('a roll of the committee’s role padded to its column, the office at work and the name', () => {
	test('each row one member: the name, the role on the committee and the office', () => {
		const roll = ['　委員長　工場長　水野 智之', '　委員　　総務部長　広瀬 達也', '　委員　　製造課長　小松 洋平', '　委員　　衛生管理者　今井 沙織'];
		expect(rows(minutes(roll), 'safety.txt')).toEqual([
			['水野 智之', '委員長', '工場長'],
			['広瀬 達也', '委員', '総務部長'],
			['小松 洋平', '委員', '製造課長'],
			['今井 沙織', '委員', '衛生管理者'],
		]);
	});

	test('a branch’s and a shop’s head in the office column', () => {
		const roll = ['委員長　　支店長　　　岸本　良平', '副委員長　副支店長　　森山　千里', '委員　　　店長　　　　宇佐美　健'];
		expect(rows(minutes(roll), 'branch.txt')).toEqual([
			['岸本　良平', '委員長', '支店長'],
			['森山　千里', '副委員長', '副支店長'],
			['宇佐美　健', '委員', '店長'],
		]);
	});

	test('a role heading a line of names is still shared by each', () => {
		expect(rows(minutes(['委員　　三宅　正　　森本　礼子']), 'shared.txt')).toEqual([
			['三宅　正', '委員', null],
			['森本　礼子', '委員', null],
		]);
	});
});
