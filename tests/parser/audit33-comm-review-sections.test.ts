/**
 * A labour commission's roll names its staff by the review sections' posts (`審査総括室長`, `審査課長`, `審理室長`): each a post
 * held by no one named, not a surname 審査 and a post.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';

describe("a review section's posts", () => {
	test('are posts alone', () => {
		expect(['審査総括室長', '審査課長', '審理室長'].map((label) => parseNameLabel(label).name)).toEqual([null, null, null]);
	});

	test('after a surname, the surname and the post', () => {
		expect(parseNameLabel('田中審査課長')).toEqual({ name: '田中', title: '審査課長', affiliation: null });
	});
});
