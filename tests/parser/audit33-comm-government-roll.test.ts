/**
 * The Bank of Japan's 金融政策決定会合 議事要旨 lists the government's attendants as a ministry, a wide gap, then the official's
 * name and post with the day they came (`財務省　　　寺岡光博　大臣官房総括審議官（２３日）`), a second official of the same
 * ministry on the row under it without the ministry; then, each in brackets, those who report for the executive and the
 * secretariat, who are the Bank's own staff.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'政策委員会・金融政策決定会合',
	'議事要旨',
	'（２０２５年１月２３、２４日開催分）',
	'',
	'（開催要領）',
	'１．開催日時：２０２５年１月２３日（１４：００～１５：５８）',
	'２．場　　所：日本銀行本店',
	'３．出席委員：',
	'　　議長　植村和夫　（総　裁）',
	'　　　　　氷川良三　（副総裁）',
	'　　　　　安田誠司　（審議委員）',
	'４．政府からの出席者：',
	'　　財務省　　　寺岡光博　大臣官房総括審議官（２３日）',
	'　　　　　　　　斎藤洋明　財務副大臣（２４日）',
	'　　内閣府　　　井上裕之　内閣府審議官',
	'',
	'（執行部からの報告者）',
	'　　理事　　　　　　　　　清水季子',
	'　　企画局長　　　　　　　正木一博',
	'',
	'（事務局）',
	'　　政策委員会室長　　　　東山和寿',
	'',
	'Ⅰ．執行部からの報告の概要',
	'　金融市場調節は、前回会合で決定された方針に従って運営した。',
].join('\n');

describe("the government's attendants at the Bank of Japan's meeting", () => {
	const meeting = parseText(text, 'boj.txt').meeting;
	const group = (name: string) => meeting?.participants.find((each) => each.group === name)?.members.map((member) => [member.name, member.title, member.affiliation]);

	test('each row is one official of the ministry before it, the row under it of the same ministry', () => {
		expect(group('政府からの出席者')).toEqual([
			['寺岡光博', '大臣官房総括審議官', '財務省'],
			['斎藤洋明', '財務副大臣', '財務省'],
			['井上裕之', '内閣府審議官', '内閣府'],
		]);
	});

	test('the day an official came stays in the entry as written', () => {
		expect(meeting?.participants.find((each) => each.group === '政府からの出席者')?.members[0]?.text).toBe('財務省　　　寺岡光博　大臣官房総括審議官（２３日）');
	});

	test("those who report and the secretariat are groups of their own, not the government's", () => {
		expect(meeting?.participants.map((each) => each.group)).toEqual(['出席委員', '政府からの出席者', '執行部からの報告者', '事務局']);
		expect(group('執行部からの報告者')).toEqual([
			['清水季子', '理事', null],
			['正木一博', '企画局長', null],
		]);
		expect(group('事務局')).toEqual([['東山和寿', '政策委員会室長', null]]);
	});
});

describe('the same roll as the web page writes it', () => {
	const web = [
		'金融政策決定会合議事要旨',
		'',
		'(2005年 3月15、16日開催分)',
		'',
		'(開催要領)',
		'',
		'1.開催日時',
		'2005年3月15日(13:59〜16:06)',
		'2.場所',
		'日本銀行本店',
		'3.出席委員',
		'  • 議長 福山俊夫(総裁)',
		'  • 武田敏郎(副総裁)',
		'4.政府からの出席者',
		'  • 財務省 石川 道遠 大臣官房総括審議官(15日)',
		'    田野倉良太郎 財務副大臣(16日)',
		'  • 内閣府 浜田 潤  政策統括官(経済財政運営担当)',
		'',
		'I.金融経済情勢等に関する執行部からの報告の概要',
		'',
		' 金融市場調節は、前回会合で決定された方針に従って運営した。',
	].join('\n');

	test('one space between the ministry, the name and the post, a bullet before the ministry', () => {
		const members = parseText(web, 'boj.html.txt').meeting?.participants.find((each) => each.group === '政府からの出席者')?.members;
		expect(members?.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['石川 道遠', '大臣官房総括審議官', '財務省'],
			['田野倉良太郎', '財務副大臣', '財務省'],
			['浜田 潤', '政策統括官', '内閣府'],
		]);
	});
});
