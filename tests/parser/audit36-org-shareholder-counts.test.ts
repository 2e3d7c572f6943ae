/**
 * A general meeting of shareholders: the counts under `出席者` (`議決権を有する株主数　1,284名`, `その議決権の数　85,620個`) are
 * notes on the list, never nameless members, and the directors under `出席取締役及び監査役` are the roll with their posts (the
 * counts had been six members without a name, the directors' lines kept as text).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'第12回定時株主総会議事録',
	'',
	'1．日時　　令和6年6月20日（木曜日）午前10時00分',
	'2．場所　　大阪市北区梅田一丁目2番3号　当社本店会議室',
	'3．出席者',
	'　　議決権を有する株主数　　　　　　　　　　　 512名',
	'　　その議決権の数　　　　　　　　　　　　 30,480個',
	'　　本日出席株主数（委任状を含む）　　　　　 401名',
	'　　その議決権の数　　　　　　　　　　　　 25,112個',
	'4．出席取締役及び監査役',
	'　　代表取締役社長　　小西　亮',
	'　　取締役　　　　　　三田　由紀',
	'　　監査役　　　　　　堀　健一',
	'5．議事の経過の要領及びその結果',
	'　定刻、代表取締役社長小西亮は議長席に着き、開会を宣した。',
	'株主（出席票番号21番）：配当の方針を教えてください。',
	'議長：安定配当を続けてまいります。',
].join('\n');

describe("a shareholders' meeting", () => {
	const meeting = parseText(text, 'soukai.txt').meeting;

	test('its counts are no members', () => {
		expect(meeting?.participants.flatMap((group) => group.members).filter((member) => member.name === null)).toEqual([]);
	});

	test('its directors and auditor are the roll', () => {
		expect(meeting?.participants.find((group) => group.group === '出席取締役及び監査役')?.members.map((member) => [member.title, member.name])).toEqual([
			['代表取締役社長', '小西　亮'],
			['取締役', '三田　由紀'],
			['監査役', '堀　健一'],
		]);
	});
});
