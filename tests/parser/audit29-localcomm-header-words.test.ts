/**
 * Header words of local boards: a 総合教育会議's business under `協議・調整事項` (the words of the law that sets the
 * meeting up), and a board's sentence telling where it was called, `…定例会を教育委員会室に招集した。`.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

describe("a 総合教育会議's 協議・調整事項", () => {
	test('is the agenda, not groups of the roll above', () => {
		const result = parseLines([
			'令和６年度第１回あおば町総合教育会議　会議録',
			'',
			'日時　令和６年７月２５日（木）　午後３時から午後４時３０分まで',
			'場所　あおば町役場　第１会議室',
			'',
			'出席者',
			'　町長　　　　佐　野　　孝　之',
			'　教育長　　　川　辺　　　　守',
			'事務局',
			'　総務課長　　柴　田　　　　聡',
			'',
			'協議・調整事項',
			'　１　あおば町教育大綱の改定について',
			'　２　部活動の地域移行について',
			'',
			'○町長　皆さん、こんにちは。本日はよろしくお願いします。',
			'○教育長　学校現場の意見も踏まえて、素案に反映させたいと考えております。',
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['あおば町教育大綱の改定について', '部活動の地域移行について']);
		expect(rollsOf(result).map(([group]) => group)).toEqual(['出席者', '事務局']);
	});
});

describe('the sentence telling where the board was called', () => {
	const place = (sentence: string) =>
		parseLines([
			'令和６年第３回みずほ市教育委員会定例会会議録',
			'',
			sentence,
			'',
			'出席者（１人）',
			'須藤　秀明　教育長',
			'',
			'須藤教育長　ただいまから、令和６年第３回みずほ市教育委員会定例会を開会します。',
		]).meeting?.location;

	test('names the room it was called to', () => {
		expect(place('令和６年３月２１日（木曜日）午後２時００分、令和６年第３回みずほ市教育委員会定例会を教育委員会室に招集した。')).toBe('教育委員会室');
	});

	test('never the hour it was called for', () => {
		expect(place('令和６年３月２１日（木曜日）、令和６年第３回みずほ市教育委員会定例会を午後２時に招集した。')).toBeNull();
	});
});
