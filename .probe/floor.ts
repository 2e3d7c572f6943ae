import { writeFloorSite } from '/work/main/scripts/bench/floor.ts';
await writeFloorSite(process.argv[2]!, process.argv[3]!);
