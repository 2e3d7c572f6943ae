/**
 * A PTA's 運営委員会 lists one post held by two members with their full names joined by `・` (`副会長 谷口 恵理・高村 沙織`), as it
 * joins surnames (`副会長 吉田・今井`): each is a member with the post (the entry had named no one).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'令和６年度　第３回　PTA運営委員会　議事録',
	'',
	'日時：令和６年７月１１日（木）１０時００分～１１時３０分',
	'場所：本校　会議室',
	'出席者：会長 松浦 彩、副会長 谷口 恵理・高村 沙織、書記 吉沢 由香',
	'',
	'議事',
	'松浦会長：本日はお集まりいただきありがとうございます。',
	'谷口副会長：夏祭りの準備について報告します。',
].join('\n');

describe('one post and two full names joined by ・', () => {
	test('two members, each with the post', () => {
		const members = parseText(minutes, 'pta.txt').meeting?.participants.flatMap((group) => group.members.map((member) => `${member.title}:${member.name}`));
		expect(members).toEqual(['会長:松浦 彩', '副会長:谷口 恵理', '副会長:高村 沙織', '書記:吉沢 由香']);
	});
});
