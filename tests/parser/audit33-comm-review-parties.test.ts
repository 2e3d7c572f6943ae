/**
 * A 固定資産評価審査委員会's oral hearing: the header lists after the secretariat the one who asked for the review
 * (`審査申出人`) and the office whose valuation is reviewed (`処分庁`), each a list of its own, and in the text the one who asked
 * speaks as `審査申出人`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和６年度第２回東山市固定資産評価審査委員会会議録',
	'',
	'開催日時　令和６年９月１８日（水）　午後２時００分～午後３時００分',
	'開催場所　東山市役所本庁舎　３０２会議室',
	'出席委員　委員長　松本　博之、委員　斉藤　美穂、委員　前田　健一',
	'事務局　　書記　小川　進（総務課長）、書記　久保　智（総務課主任）',
	'審査申出人　東山市在住　Ｃ氏',
	'処分庁　　資産税課長　森本　亮、資産税課主幹　池田　一',
	'',
	'（口頭審理）',
	'委員長　ただいまから口頭審理を開始します。',
	'審査申出人　評価額が近隣と比べて高すぎると考えます。',
	'処分庁（森本資産税課長）　固定資産評価基準に基づき適正に評価しております。',
	'委員長　以上で口頭審理を終了します。',
].join('\n');

describe('the parties of a review board', () => {
	const meeting = parseText(text, 'kotei.txt').meeting;

	test('each party is a list of its own after the secretariat', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['出席委員', ['委員長　松本　博之', '委員　斉藤　美穂', '委員　前田　健一']],
			['事務局', ['書記　小川　進（総務課長）', '書記　久保　智（総務課主任）']],
			['審査申出人', ['東山市在住　Ｃ氏']],
			['処分庁', ['資産税課長　森本　亮', '資産税課主幹　池田　一']],
		]);
	});

	test('the one who asked for the review speaks by the word, listed or not', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長', '審査申出人', '処分庁（森本資産税課長）', '委員長']);
		const unlisted = text.replace('審査申出人　東山市在住　Ｃ氏\n', '');
		expect(parseText(unlisted, 'kotei.txt').meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長', '審査申出人', '処分庁（森本資産税課長）', '委員長']);
	});
});
