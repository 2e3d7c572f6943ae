/**
 * The signatures under an education board's 会議録: the sentence that opens them, then the posts of who signs alone on their
 * lines (`教育長` / `会議録署名委員`), with no name yet. Notes, where `教育長` had been a turn without words.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('posts of the signers alone under the minutes', () => {
	const result = parseLines([
		'令和６年第８回あさぎり市教育委員会定例会会議録',
		'',
		'１　開催日時　　令和６年８月２２日（木）　午後１時３０分開会　午後３時０５分閉会',
		'２　開催場所　　あさぎり市役所　第２会議室',
		'',
		'○教育長　ただいまから定例会を開会いたします。',
		'○平田委員　承知しました。',
		'○教育長　これをもちまして定例会を閉会いたします。',
		'午後３時０５分閉会',
		'',
		'　上記会議の顛末を記載し、その相違ないことを証するためここに署名する。',
		'',
		'　　　教育長',
		'　　　会議録署名委員',
	]);

	test('are no turn', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['教育長', '平田委員', '教育長']);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.message.includes('has no text'))).toEqual([]);
	});

	test('are notes of the record', () => {
		expect(JSON.stringify(result.body)).toContain('"type":"note","text":"教育長"');
	});
});
