/**
 * A society's 総会記録 whose roll is a head count (`出席者：212名`) and whose turns are a surname, an ideographic space and the
 * words (`森下　時間になりましたので…`): the surnames that do so again and again are speakers, and so is one that speaks once.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = (turns: readonly string[]) =>
	['日本臨床栄養指導学会　総会記録（2023年11月18日）', '', '日時：2023年11月18日（土）12時15分～13時10分', '場所：大阪国際交流センター', '出席者：212名（うち委任状出席者 147名）', '', '【議事】', ...turns].join('\n');
const speakers = (text: string) => parseDocuments(text, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.remarks.map((remark) => remark.speaker);

describe('surnames before an ideographic space', () => {
	test('each is a turn when names recur', () => {
		expect(
			speakers(
				record([
					'森下　時間になりましたので、ただいまから通常総会を開催いたします。',
					'大須賀　ご指名いただきました大須賀です。ご協力をお願いします。',
					'杉本　理事長の杉本です。本年度は会員数が初めて2,000名を超えました。',
					'大須賀　続きまして、事業報告と決算報告をお願いします。',
					'森下　お手元の資料1をご覧ください。',
					'大須賀　承認されました。',
				]),
			),
		).toEqual(['森下', '大須賀', '杉本', '大須賀', '森下', '大須賀']);
	});

	test('a record whose lines open so only once or twice is left as it was', () => {
		expect(speakers(record(['森下　時間になりましたので、ただいまから通常総会を開催いたします。', '以上で終了した。']))).toEqual([]);
	});
});
