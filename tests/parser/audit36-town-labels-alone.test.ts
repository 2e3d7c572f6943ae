/**
 * A town's 臨時会 typed in Word from its PDF, every turn's label alone on its line over the words: the chair's post spaced
 * out (`議　長`, the sitting's clock under it), officials outside the members' seats (`番外　三宅町長`, `番外　岡田総務課長`) and a
 * member by seat (`４　番　藤井議員`). Each is a turn of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和５年第２回かわもと町議会臨時会会議録（第１日目）',
	'令和５年４月２５日',
	'',
	'議　長',
	'　午後２時００分開議',
	'　定刻となりましたので、ただいまより本会議を開きます。',
	'　日程第１、町長あいさつを行います。番外三宅町長。',
	'番外　三宅町長',
	'　一言御挨拶を申し上げます。本日は補正予算１件をお願いしております。',
	'議　長',
	'　日程第２、議案第２１号を議題といたします。番外総務課長。',
	'番外　岡田総務課長',
	'　防災無線の更新に係る経費を計上するものでございます。',
	'議　長',
	'　質疑はありませんか。４番藤井議員。',
	'４　番　藤井議員',
	'　更新後の戸別受信機は全戸に配付されるのですか。',
	'番外　岡田総務課長',
	'　希望される全世帯に無償で配付いたします。',
	'議　長',
	'　これをもって臨時会を閉会いたします。',
	'　午後２時３５分閉会',
];

describe('turns labelled alone on their lines, 番外 and seats among them', () => {
	const { meeting } = parseText(record.join('\n'), 'kawamoto-rinji2.txt');

	test('each label opens its turn', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長', '三宅町長', '議長', '岡田総務課長', '議長', '４番（藤井議員）', '岡田総務課長', '議長']);
	});

	test("the chair's first words are his, the clock under his label a note of the turn, no roll named 議長", () => {
		expect(meeting?.remarks[0]?.text).toBe('午後２時００分開議\n定刻となりましたので、ただいまより本会議を開きます。\n日程第１、町長あいさつを行います。番外三宅町長。');
		expect(meeting?.remarks[1]?.text).toBe('一言御挨拶を申し上げます。本日は補正予算１件をお願いしております。');
		expect(meeting?.participants).toEqual([]);
		expect(meeting?.start).toBe('14:00');
	});
});
