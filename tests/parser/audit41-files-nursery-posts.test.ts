/**
 * A nursery's 運営委員会 minutes written in Word and saved as rich text (.rtf), the roll on one line by post and name
 * (`出席者：園長　本田　由紀子、主任保育士　坂本　恵、保護者代表　金子　大輔、…`), the turns by surname and a short post
 * (`坂本主任：…`). The nursery's posts (主任保育士, 保育士, 栄養士) are posts: `主任保育士　坂本　恵` is 坂本 恵 with her post (she had
 * been an entry of no one, and 園長's entry had lost its post from its text), `保育士　坂本　恵` no person named 保育士坂本恵 under
 * the post of the entry before.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (roll: string): string => `第５回　ゆりの木保育園運営委員会　議事録
日時：令和６年６月２０日（木）１８時３０分〜２０時
場所：ゆりの木保育園　遊戯室
出席者：${roll}
議題
１．夏季保育の計画について
本田園長：定刻になりましたので始めます。まず夏季保育の計画を坂本主任から説明します。
坂本主任：七月二十二日から八月三十日まで、プール遊びを中心に計画しています。
金子委員：熱中症の対策はどうなっていますか。
本田園長：検討します。本日はありがとうございました。
以上
`;

describe("a nursery's roll by post and name", () => {
	test.each([
		['主任保育士', '園長　本田　由紀子、主任保育士　坂本　恵、保護者代表　金子　大輔'],
		['保育士', '園長　本田　由紀子、保育士　坂本　恵、保護者代表　金子　大輔'],
		['管理栄養士', '園長　本田　由紀子、管理栄養士　坂本　恵、保護者代表　金子　大輔'],
	])('%s is the post of the name after it', (post, roll) => {
		const { meeting } = parseText(minutes(roll), 'hoikuen.rtf');
		expect(meeting?.participants[0]?.members.map((member) => [member.text, member.name, member.title])).toEqual([
			['園長　本田　由紀子', '本田　由紀子', '園長'],
			[`${post}　坂本　恵`, '坂本　恵', post],
			['保護者代表　金子　大輔', '金子　大輔', '保護者代表'],
		]);
	});
});
