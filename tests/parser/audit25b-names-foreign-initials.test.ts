/**
 * A foreign name after a title or an initial, in either width, as councils write their foreign members:
 * `Ｄｒ．ＬＥＥ委員`, `Ａ．ミラー（主査）`, `Dr. Smith委員`; a word in capitals alone stays an organisation's (`NTT（東日本）`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (label: string) => {
	const parts = parseNameLabel(label);
	return [parts.name, parts.title, parts.affiliation];
};

describe('a foreign name after a title or an initial', () => {
	test('labels', () => {
		expect(read('Ｄｒ．ＬＥＥ委員')).toEqual(['Ｄｒ．ＬＥＥ', '委員', null]);
		expect(read('Ａ．ミラー（主査）')).toEqual(['Ａ．ミラー', '主査', null]);
		expect(read('Dr. Smith委員')).toEqual(['Dr. Smith', '委員', null]);
		expect(read('J. K. Rowling（委員）')).toEqual(['J. K. Rowling', '委員', null]);
		expect(read('Ａ．ミラー')).toEqual(['Ａ．ミラー', null, null]);
		expect(read('ＬＥＥ委員')).toEqual(['ＬＥＥ', '委員', null]);
		expect(read('NTT（東日本）')).toEqual([null, null, 'NTT（東日本）']);
		// (A role written in two languages in the bracket is the Japanese role.)
		expect(read('Prof. Akira MORI (Chair / 委員長)')).toEqual(['Prof. Akira MORI', '委員長', null]);
	});

	test('in a council\'s roll', () => {
		const lines = [
			'第３回　次世代研究基盤に関する検討会　議事録',
			'○日時',
			'令和６年６月12日（水）10:00～12:00',
			'○出席者',
			'（構成員）',
			'　相田　仁（主査）',
			'　Ａ．ミラー（主査代理）',
			'　Ｄｒ．ＬＥＥ委員',
			'○議事',
			'○相田主査　それでは始めます。',
			'○Ｄｒ．ＬＥＥ委員　補足します。',
		];
		const meeting = parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['相田　仁', '主査', null],
			['Ａ．ミラー', '主査代理', null],
			['Ｄｒ．ＬＥＥ', '委員', null],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['相田主査', 'Ｄｒ．ＬＥＥ委員']);
	});
});
