/**
 * Names in Latin letters with an apostrophe or a hyphen before a small letter (`Mary-Anne O'Neil`, `Lee Min-jun`), as meeting
 * apps show an account's display name: each is a person of the roll, and a turn of such a name over words in English opens
 * the transcript as one over Japanese words does.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const ZOOM = [
	'[00:00:03] 高木 美穂: それでは国際交流ワーキンググループを始めます。',
	'[00:00:15] Lee Min-jun: はい、イです。先月の交流会には四十名が参加しました。',
	"[00:00:31] Mary-Anne O'Neil: The feedback forms were mostly positive.",
	'[00:00:48] 高木 美穂: ありがとうございます。',
].join('\n');

const TEAMS = [
	'地域連携会議',
	'2024年10月3日',
	'',
	"Mary-Anne O'Neil   0:03",
	"Good morning everyone, let's begin with the partnership report.",
	'',
	'野口 健太   0:21',
	'はい、野口です。商店街との連携事業は予定どおり進んでいます。',
	'',
	'Lee Min-jun   0:45',
	'留学生ボランティアを十名確保しました。',
].join('\n');

describe('Latin names with an apostrophe or a hyphen', () => {
	test('each speaker of a timed transcript is a participant named as shown', () => {
		const { meeting } = parseText(ZOOM, '国際交流WG_2024-09-12.txt');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['高木 美穂', 'Lee Min-jun', "Mary-Anne O'Neil"]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['高木 美穂', 'Lee Min-jun', "Mary-Anne O'Neil", '高木 美穂']);
	});

	test('a first turn in English under its name and time is a turn, not a roll', () => {
		const { meeting } = parseText(TEAMS, 'transcript.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			["Mary-Anne O'Neil", "0:03\nGood morning everyone, let's begin with the partnership report."],
			['野口 健太', '0:21\nはい、野口です。商店街との連携事業は予定どおり進んでいます。'],
			['Lee Min-jun', '0:45\n留学生ボランティアを十名確保しました。'],
		]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(["Mary-Anne O'Neil", '野口 健太', 'Lee Min-jun']);
	});
});
