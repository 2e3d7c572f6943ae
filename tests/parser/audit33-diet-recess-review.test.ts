/**
 * A committee's sitting after the session closed titled by the business's own name, `閉会中審査` (`第212回国会 衆議院
 * 厚生労働委員会 閉会中審査 第1号`), is the committee's sitting `閉会中第1号`. Before, 審査 was read into the committee's name
 * (series `衆議院 厚生労働委員会 審査`, apart from the committee's own).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (title: string) => `${title}
令和五年十一月一日（水曜日）
　　　　午前九時開議
　出席委員
　　　委員長 新谷 正典君
　　　　　　井坂 信彦君
　　　　―――――――――――――
本日の会議に付した案件
　厚生労働関係の基本施策に関する件
　　　　　――――◇―――――
○新谷委員長　これより会議を開きます。
○井坂委員　立憲民主党の井坂です。
○新谷委員長　これにて散会いたします。
　　　　午前十一時散会
`;

describe('a sitting titled 閉会中審査', () => {
	test.each([
		['第212回国会 衆議院 厚生労働委員会 閉会中審査 第1号', '閉会中第1号'],
		['第二百十二回国会閉会中審査　衆議院厚生労働委員会議録　第一号', '閉会中第1号'],
		['第212回国会 衆議院 厚生労働委員会 閉会後第1号', '閉会後第1号'],
	])('%s', (title, issue) => {
		const { meeting } = parseText(record(title), 'kosei.txt');
		expect([meeting?.series, meeting?.title, meeting?.sessionLabel]).toEqual(['衆議院 厚生労働委員会', `第212回国会 衆議院 厚生労働委員会 ${issue}`, `第212回国会 ${issue}`]);
	});
});
