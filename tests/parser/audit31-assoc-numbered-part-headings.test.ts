/**
 * A chamber of commerce's 議事概要 heading each item of its 次第 with ○ and the numbers of the items it takes (`○議事（１）（２）`,
 * `○議事（３）`): a heading, never a speaker named `議事（３）` with no words, nor a line run into the turn before.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const result = () =>
	parseLines(
		[
			'○○商工会議所　小売・サービス部会　令和６年度第１回部会　議事録',
			'',
			'開催日　令和６年５月１７日（金）',
			'会　場　商工会議所会館　３階　第１会議室',
			'',
			'議事概要',
			'○部会長挨拶',
			'　平野部会長　物価高が続く中、皆様ご苦労されていると思います。',
			'',
			'○議事（１）（２）',
			'　事務局より資料１、資料２に基づき説明し、原案どおり承認された。',
			'',
			'○議事（３）',
			'　事務局（増井）　今年度は発行総額１億円で実施する予定です。',
			'　部会員（松井）　電子でも使えるようにしてほしい。',
		],
		'bukai.txt',
	);

describe('a part of the meeting marked ○ with its items’ numbers', () => {
	test('heads a section', () => {
		expect(result().meeting?.sections.map((section) => section.title)).toEqual(expect.arrayContaining(['議事（１）（２）', '議事（３）']));
	});

	test('is no speaker and no words of the turn before', () => {
		const parsed = result();
		expect(turnsOf(parsed)).toEqual([
			['平野部会長', '物価高が続く中、皆様ご苦労されていると思います。'],
			['事務局（増井）', '今年度は発行総額１億円で実施する予定です。'],
			['部会員（松井）', '電子でも使えるようにしてほしい。'],
		]);
		expect(parsed.diagnostics.map((d) => d.message)).toEqual([]);
	});
});
