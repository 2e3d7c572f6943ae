/**
 * A 内閣府 council's roll as its page lists it, single spaces throughout: the role, the full name, then the post held
 * (`議長 岸田 文雄 内閣総理大臣`, `同 十倉 雅和 住友化学株式会社 代表取締役会長`, 同 repeating the role above).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const page = ['令和6年第5回経済財政諮問会議 議事要旨', '', '1．開催日時：2024年4月24日（水）17:45～18:30', '2．場所：官邸4階大会議室', '3．出席議員：', '議長 岸田 文雄 内閣総理大臣', '議員 林 芳正 内閣官房長官', '同 新藤 義孝 内閣府特命担当大臣（経済財政政策）', '同 十倉 雅和 住友化学株式会社 代表取締役会長', '同 柳川 範之 東京大学大学院経済学研究科 教授', '', '（議事の概要）', '（岸田議長）　本日の議論を踏まえ、取りまとめをお願いする。'].join('\n');

describe("a council's roll with single spaces", () => {
	test('each member is name, role and post; 同 takes the role above', () => {
		const meeting = parseDocuments(page, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['岸田　文雄', '議長', '内閣総理大臣'],
			['林　芳正', '議員', '内閣官房長官'],
			['新藤　義孝', '議員', '内閣府特命担当大臣（経済財政政策）'],
			['十倉　雅和', '議員', '住友化学株式会社 代表取締役会長'],
			['柳川　範之', '議員', '東京大学大学院経済学研究科 教授'],
		]);
	});
});
