/**
 * A neighbourhood association passes its minutes round the households on the 回覧板 and marks the copy before the title
 * (`［回覧］令和６年度　第３回　…町内会　役員会議事録`, `【全戸配布】…`): the stamp is none of the meeting's name (the series had been
 * the stamp alone, `［回覧］`, and the title kept it).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (title: string) =>
	[
		title,
		'',
		'日　時：令和６年１０月６日（日）　１９：００～２０：１５',
		'場　所：若竹台集会所',
		'出席者：会長　森川　悟、副会長　林田　千春、会計　大塚　誠',
		'',
		'１．防災訓練について',
		'森川会長：１１月１７日に実施します。',
		'林田副会長：炊き出しの担当を決めたい。',
		'',
		'以上',
	].join('\n');

describe('a circulation stamp before the title', () => {
	test.each([
		['［回覧］令和６年度　第５回　若竹台二丁目町内会　役員会議事録', '令和６年度　第５回　若竹台二丁目町内会　役員会議事録'],
		['【全戸配布】令和６年度　第５回　若竹台二丁目町内会　役員会議事録', '令和６年度　第５回　若竹台二丁目町内会　役員会議事録'],
	])('%s', (title, shown) => {
		const meeting = parseText(minutes(title), 'yakuinkai.txt').meeting;
		expect(meeting?.title).toBe(shown);
		expect(meeting?.series).toBe('若竹台二丁目町内会　役員会');
		expect(meeting?.session).toBe(5);
	});
});
