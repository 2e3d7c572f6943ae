/**
 * Town records whose staff roll is headed with the words that it gives posts and names after the heading's own words:
 * `事務局出席職員職氏名` (a town's page, its rolls between rules) and `4.職務のため会議に出席した事務局職員の職氏名` (a town's
 * record numbering its rolls), over `事務局長 …　書記 …`.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText, rollsOf } from './unseen-helpers.ts';

const record = (heading: string) =>
	[
		'令和6年第2回かすみ町議会定例会会議録(第1号)',
		'令和6年6月4日(火曜日)',
		'出席議員(2名)',
		'1番 石川 和也君       2番 中西 昭夫君',
		'──────────────────────────────',
		heading,
		'事務局長 森本 慎吾君       書記 山岡 麻衣君',
		'──────────────────────────────',
		'○議長(中西昭夫君) ただいまから本日の会議を開きます。',
		'○議長(中西昭夫君) 本日はこれで散会します。',
	].join('\n');

describe("a staff roll's heading ending in 職氏名", () => {
	for (const heading of ['事務局出席職員職氏名', '4.職務のため会議に出席した事務局職員の職氏名']) {
		test(`${heading}: the staff, no note left of the heading`, () => {
			const result = parseText(record(heading), 'kasumi-2024-06-04.txt');
			expect(rollsOf(result).find(([group]) => group === '事務局職員')?.[1]).toEqual(['事務局長 森本 慎吾', '書記 山岡 麻衣']);
			expect(notesOf(result).filter((note) => /氏名/u.test(note))).toEqual([]);
		});
	}
});
