/**
 * A town's 臨時会 as its site writes it: `不応招議員(なし)` and `欠席議員(なし)` end their rolls on the heading's line, and the
 * clocks alone on their lines before the chair's opening words and after the closing ones are the sitting's start and end.
 * Before, the line after each `(なし)` became an absent member (the record's own title, a clock), the title lost its 号, and
 * start and end were unknown.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const RINJIKAI = `みどりの町告示第86号

 令和5年第2回みどりの町議会臨時会を下記のとおり招集する。

  令和5年7月25日

                        みどりの町長  関  口  定  夫

 1 日  時  令和5年7月28日(金)
 2 場  所  みどりの町議会議場

                ○応招・不応招議員

応招議員(4名)
  1番  神 山   俊 議員          2番  小 島 利 枝 議員
  3番  田 中 紀 吉 議員          4番  山 中 博 子 議員

不応招議員(なし)

            令和5年第2回みどりの町議会臨時会

議 事 日 程(第1号)

日程第 1 会議録署名議員の指名
日程第 2 議案第40号 令和5年度みどりの町一般会計補正予算(第2号)
─────────────────────────────────────────────────
出席議員(4名)
  1番  神 山   俊 議員          2番  小 島 利 枝 議員
  3番  田 中 紀 吉 議員          4番  山 中 博 子 議員
欠席議員(なし)
─────────────────────────────────────────────────
                                            (午後 4時00分)
◎開会及び開議の宣告
○議長（山中博子議員）　ただいまから令和5年第2回みどりの町議会臨時会を開会いたします。
　直ちに本日の会議を開きます。
◎日程第1 会議録署名議員の指名
○議長（山中博子議員）　日程第1、会議録署名議員の指名を行います。
○町長（関口定夫）　議案第40号についてご説明申し上げます。
○議長（山中博子議員）　これをもちまして、令和5年第2回みどりの町議会臨時会を閉会いたします。
                                            (午後 4時12分)
`;

describe("a town's 臨時会 with rolls that list no one", () => {
	const meeting = parseMinutes(RINJIKAI, { source: 'midorino.txt', sourceHash: '0'.repeat(64) }).meeting!;

	test('(なし) ends the roll on its heading line', () => {
		expect(meeting.participants.map((group) => [group.group, group.members.length])).toEqual([['出席議員', 4]]);
		expect(meeting.title).toBe('みどりの町議会 令和5年第2回臨時会 第1号');
	});

	test('the clocks alone before the opening words and after the closing ones are the start and the end', () => {
		expect([meeting.start, meeting.end]).toEqual(['16:00', '16:12']);
	});
});
