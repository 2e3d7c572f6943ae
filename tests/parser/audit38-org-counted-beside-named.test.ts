/**
 * A residents' association's or a union's roll on one line that names its officers and counts the rest (`会長　森本隆、会計　大川俊、
 * 班長　６名`), and its proxies counted under it (`委任状：２通`): the counts are notes on the list, never members named no one.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (roll: string[]) =>
	[
		'ひばりヶ丘町内会　定例役員会　議事録',
		'',
		'日　時　令和６年４月２１日（日）　１９時００分～２０時３０分',
		'場　所　ひばりヶ丘公民館　和室',
		...roll,
		'',
		'森本会長：それでは始めます。前回の議事録について、修正点はありますか。',
		'今井副会長：特にありません。',
	].join('\n');

describe('counts beside the named on a roll', () => {
	test.each([
		['出席者　会長　森本隆、副会長　今井智子、会計　大川俊、班長　６名', '班長　６名'],
		['出席者：会長　森本隆、副会長　今井智子、会計　大川俊、中央執行委員　１２名', '中央執行委員　１２名'],
	])('%s', (roll, count) => {
		const { meeting } = parseText(record([roll]), 'chonaikai.txt');
		const group = meeting?.participants[0];
		expect(group?.members.map((member) => [member.name, member.title])).toEqual([
			['森本隆', '会長'],
			['今井智子', '副会長'],
			['大川俊', '会計'],
		]);
		expect(group?.note).toBe(count);
	});

	test('proxies counted under the roll are a note, no member', () => {
		const { meeting } = parseText(record(['出席者：会長　森本隆、副会長　今井智子', '委任状：２通', '欠席者：会計　大川俊']), 'chonaikai.txt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text), group.note])).toEqual([
			['出席者', ['会長　森本隆', '副会長　今井智子'], undefined],
			['委任状', [], '２通'],
			['欠席者', ['会計　大川俊'], undefined],
		]);
	});
});
