/**
 * A residents' association's 総会 that writes what was decided on a line with an arrow under the officers elected
 * (`会長　森山　次郎（再任）、副会長　吉川　真一` / `→　拍手多数で承認`): the outcome is a line of its own, never run into the list.
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

test('the arrow line after a list of officers stays apart from it', () => {
	const body = parseDocuments(
		[
			'令和６年度　はなみずき台自治会　定期総会　議事録',
			'',
			'日時：令和６年４月２１日（日）１０：００～１１：３０',
			'場所：はなみずき台集会所',
			'',
			'４．議事',
			'　第１号議案　令和５年度活動報告及び令和５年度決算報告並びに監査報告',
			'　　吉川副会長より報告。',
			'　　→　拍手多数で承認',
			'　第３号議案　令和６年度役員選出及び令和６年度各部会の部長の選出',
			'　　会長　森山　次郎（再任）、副会長　吉川　真一、会計　小島　恵',
			'　　→　拍手多数で承認',
			'５．閉会の辞',
		].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0]?.body;
	const texts = body?.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' || block.type === 'note' ? [block.text] : []))) ?? [];
	expect(texts).toContain('会長　森山　次郎（再任）、副会長　吉川　真一、会計　小島　恵');
	expect(texts.filter((text) => text === '→　拍手多数で承認')).toHaveLength(2);
});
