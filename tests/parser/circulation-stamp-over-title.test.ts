/**
 * A neighbourhood association's minutes typed in Word: the day and, set right on the line over the title, how the copy goes round
 * and the association's name (`［回覧］　　　　　　あけぼの台連合自治会`), the title naming the association again
 * (`令和６年度第１回あけぼの台連合自治会役員会議事録`). The name over the title is the title's own, said once (the stamp had kept it
 * from being seen as such, and the series read the association twice: `あけぼの台連合自治会 あけぼの台連合自治会役員会`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (stamp: string) =>
	[
		'令和６年５月１２日',
		`${stamp}　　　　　　　　　　あけぼの台連合自治会`,
		'',
		'令和６年度第１回あけぼの台連合自治会役員会議事録',
		'',
		'　・日時；令和６年４月１４日（日）１０：００～１２：００',
		'　・場所；あけぼの台コミュニティセンター',
		'　・出席者；会長　大野、副会長　小松、会計　宮本',
		'',
		'１．会長あいさつ',
		'会長：本日はお集まりいただきありがとうございます。',
	].join('\n');

describe('a circulation stamp and the body’s name over a title that names it again', () => {
	for (const stamp of ['［回覧］', '【全戸配布】', '（班回覧）']) {
		test(`${stamp}: the series names the association once`, () => {
			const meeting = parseText(record(stamp), 'kairan.txt').meeting;
			expect(meeting?.series).toBe('あけぼの台連合自治会役員会');
			expect(meeting?.title).toBe('令和６年度第１回あけぼの台連合自治会役員会議事録');
		});
	}
});
