/**
 * Headings of local committees' rolls: an agricultural committee's second roll numbered in its header with its head count
 * (`５　農地利用最適化推進委員（３名）`, `３　農業委員（１２名）`), and an education board's officials under
 * `説明のために出席した事務局職員の職、氏名`.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

describe('rolls of local committees', () => {
	test("an agricultural committee's 推進委員 are a roll of their own, not a group of the one above", () => {
		const result = parseLines([
			'さつき市農業委員会　令和６年１１月定例総会　議事録',
			'',
			'１　開催日時　令和６年１１月２５日（月）午後２時００分～午後３時２０分',
			'２　開催場所　さつき市役所　第３会議室',
			'３　農業委員（２名）',
			'　　会長　大森　勝、委員　浅井　孝雄',
			'４　欠席委員（０名）',
			'５　農地利用最適化推進委員（３名）',
			'　　熊谷　伸一、小山　幸子、斉藤　龍二',
			'６　事務局職員',
			'　　事務局長　坂本　信也',
			'',
			'議長（大森会長）　ただいまの出席委員は１４名で、定足数に達しております。',
		]);
		expect(rollsOf(result).map(([group, members]) => [group, members.length])).toEqual([
			['農業委員', 2],
			['欠席委員', 0],
			['農地利用最適化推進委員', 3],
			['事務局職員', 1],
		]);
	});

	test("an education board's officials under 説明のために出席した事務局職員の職、氏名 are one group", () => {
		const result = parseLines([
			'令和６年第３回みずほ市教育委員会定例会会議録',
			'',
			'令和６年３月２１日（木曜日）午後２時００分、令和６年第３回みずほ市教育委員会定例会を教育委員会室に招集した。',
			'',
			'出席者（２人）',
			'須藤　秀明　教育長',
			'川島　真由美　委員',
			'',
			'説明のために出席した事務局職員の職、氏名',
			'教育次長　小池　雅人',
			'教育総務課長　堀　淳子',
			'',
			'須藤教育長　ただいまから、令和６年第３回みずほ市教育委員会定例会を開会します。',
			'川島委員　承知しました。よろしくお願いします。',
		]);
		expect(rollsOf(result)).toEqual([
			['出席者', ['教育長 須藤　秀明', '委員 川島　真由美']],
			['説明のために出席した事務局職員の職、氏名', ['教育次長 小池　雅人', '教育総務課長 堀　淳子']],
		]);
	});
});
