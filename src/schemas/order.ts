/**
 * Key order from a schema's shape, without validating again: the record is validated once, where it
 * is made (src/parser/record.ts), and the frontmatter writer only needs its keys in schema order.
 */
import type { z } from 'zod';

/** The parts of a zod 4 definition this walk reads. */
interface Definition {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
}

/** `value` with every object's keys in the order of `schema`'s shape (through arrays, optional, nullable and default), unknown keys dropped. */
export function orderBySchema(schema: z.ZodType, value: unknown): unknown {
	const def = (schema as unknown as { def: Definition }).def;
	if (def.innerType) return value === undefined || value === null ? value : orderBySchema(def.innerType, value);
	if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((item) => orderBySchema(def.element!, item));
	if (def.type === 'object' && def.shape && typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const record = value as Record<string, unknown>;
		const ordered: Record<string, unknown> = {};
		for (const [key, field] of Object.entries(def.shape)) if (record[key] !== undefined) ordered[key] = orderBySchema(field, record[key]);
		return ordered;
	}
	return value;
}
