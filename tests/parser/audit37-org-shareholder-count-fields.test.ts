/**
 * A 株主総会's counts as companies word them under the place (`議決権を有する株主数　１，２４０名`, `出席株主数（委任状及び書面による
 * 行使を含む）　９１２名`): fields of their own, the place only its own line (they had run on as more of the place, with a warning).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'第２８回定時株主総会議事録',
	'',
	'日時　　２０２４年６月２７日（木）午前１０時',
	'場所　　東京都港区芝五丁目１番１号　当社本社大会議室',
	'議決権を有する株主数　　　　１，２４０名',
	'議決権を有する株主の議決権の数　４８，２００個',
	'出席株主数（委任状及び書面による行使を含む）　９１２名',
	'出席株主の議決権の数　　　　３９，６５０個',
	'出席取締役　代表取締役社長　本田 雄一、取締役　松井 博',
	'',
	'第１号議案　剰余金の処分の件',
	'株主（出席票番号１２番）：配当性向の目標を教えてください。',
	'議長：連結配当性向３０％を目標としております。',
].join('\n');

describe('a shareholders\' meeting\'s counts', () => {
	test('the place is its own line and the directors the roll', () => {
		const { meeting, diagnostics } = parseText(text, 'agm.txt');
		expect(meeting?.location).toBe('東京都港区芝五丁目１番１号　当社本社大会議室');
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.code)).not.toContain('long-location');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['出席取締役', ['本田 雄一', '松井 博']]]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['株主（出席票番号１２番）', '議長']);
	});
});
