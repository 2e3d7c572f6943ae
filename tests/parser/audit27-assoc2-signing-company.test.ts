/**
 * A company's 株主総会議事録 whose title names no company (`第１２期定時株主総会議事録`, `臨時株主総会議事録`): the company that
 * signs it at the end (`株式会社あおぞらフーズ　代表取締役　大野　悟　㊞`) holds the meeting and goes before it in the series,
 * which had been the bare `臨時株主総会` every company shares.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const series = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.series;

const minutes = (title: string, signatures: readonly string[]) => [
	title,
	'',
	'１．開催日時　２０２４年９月１０日（火）午後３時',
	'１．開催場所　当社本社会議室',
	'',
	'議事',
	'第１号議案　定款一部変更の件',
	'議長は、本店所在地を変更したい旨を説明し、議場に諮ったところ、全員異議なく承認可決した。',
	'',
	'以上',
	'２０２４年９月１０日',
	...signatures,
];

describe('the company that signs a 株主総会議事録', () => {
	test('the representative director signing for the company', () => {
		expect(series(minutes('臨時株主総会議事録', ['株式会社あおぞらフーズ　代表取締役　大野　悟　㊞']))).toBe('株式会社あおぞらフーズ 臨時株主総会');
	});

	test('the company and the meeting over the signers', () => {
		expect(series(minutes('第１２期定時株主総会議事録', ['みどり商事株式会社　定時株主総会', '議長　代表取締役　山本　一郎　㊞', '　　　取締役　　　佐藤　花子　㊞']))).toBe('みどり商事株式会社 定時株主総会');
	});

	test('a title that names the company keeps it alone', () => {
		expect(series(minutes('株式会社みらいテック　臨時株主総会議事録', ['株式会社みらいテック　代表取締役　大野　悟　㊞']))).toBe('株式会社みらいテック　臨時株主総会');
	});

	test('no company signing: the meeting alone, as before', () => {
		expect(series(minutes('臨時株主総会議事録', ['議長　代表取締役　大野　悟　㊞']))).toBe('臨時株主総会');
	});
});
