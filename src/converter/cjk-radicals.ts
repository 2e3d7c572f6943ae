/**
 * CJK Radicals Supplement (U+2E80–U+2EF3) → the unified ideograph each stands for, for the radicals
 * that have one. PDF text extraction writes these code points for ideographs whose glyph the font
 * also uses as a radical (`⻑` for 長). NFKC does not map this block, so the pairs are listed here,
 * taken from the Unicode Character Database file EquivalentUnifiedIdeograph.txt (Unicode 15.1);
 * radicals without an ideograph equivalent there are left out and stay as written.
 * The Kangxi Radicals block (U+2F00–U+2FD5) and the compatibility ideographs need no table: NFKC maps them.
 */

/** Supplement radical → unified ideograph. */
export const RADICALS_SUPPLEMENT: ReadonlyMap<string, string> = new Map([
	['⺁', '厂'], ['⺂', '乛'], ['⺃', '乚'], ['⺄', '乙'], ['⺅', '亻'], ['⺆', '冂'], ['⺇', '𠘨'], ['⺉', '刂'],
	['⺊', '卜'], ['⺋', '㔾'], ['⺌', '小'], ['⺎', '兀'], ['⺏', '尣'], ['⺐', '尢'], ['⺑', '𡯂'], ['⺒', '巳'],
	['⺓', '幺'], ['⺔', '彑'], ['⺖', '忄'], ['⺗', '㣺'], ['⺘', '扌'], ['⺙', '攵'], ['⺛', '旡'], ['⺜', '日'],
	['⺝', '月'], ['⺞', '歺'], ['⺟', '母'], ['⺠', '民'], ['⺡', '氵'], ['⺢', '氺'], ['⺣', '灬'], ['⺤', '爫'],
	['⺦', '丬'], ['⺧', '牛'], ['⺨', '犭'], ['⺩', '王'], ['⺪', '疋'], ['⺬', '示'], ['⺭', '礻'], ['⺯', '糹'],
	['⺰', '纟'], ['⺱', '罓'], ['⺲', '罒'], ['⺳', '㓁'], ['⺹', '耂'], ['⺺', '肀'], ['⺾', '艹'], ['⺿', '艹'],
	['⻀', '艹'], ['⻁', '虎'], ['⻂', '衤'], ['⻃', '覀'], ['⻄', '西'], ['⻅', '见'], ['⻆', '角'], ['⻈', '讠'],
	['⻉', '贝'], ['⻊', '𧾷'], ['⻋', '车'], ['⻌', '辶'], ['⻍', '辶'], ['⻎', '辶'], ['⻏', '阝'], ['⻐', '钅'],
	['⻑', '長'], ['⻒', '镸'], ['⻓', '长'], ['⻔', '门'], ['⻖', '阝'], ['⻗', '雨'], ['⻘', '青'], ['⻙', '韦'],
	['⻚', '页'], ['⻛', '风'], ['⻜', '飞'], ['⻝', '食'], ['⻞', '𩙿'], ['⻟', '飠'], ['⻠', '饣'], ['⻢', '马'],
	['⻣', '骨'], ['⻤', '鬼'], ['⻥', '鱼'], ['⻦', '鸟'], ['⻧', '卤'], ['⻨', '麦'], ['⻩', '黄'], ['⻪', '黾'],
	['⻫', '斉'], ['⻬', '齐'], ['⻭', '歯'], ['⻮', '齿'], ['⻯', '竜'], ['⻰', '龙'], ['⻱', '龜'], ['⻲', '亀'],
	['⻳', '龟'],
]);
