// What the overview computes from its records. It is loaded with the
// overview's read (Home.tsx), not with the dashboard's own code: it brings the
// mainland holiday tables (chinese-days, for answer deadlines counted in
// working days) and the channel registry, ~60 KB evaluated on load, which the
// contacts and findings views opened by their address do not need
// (docs/PERFORMANCE.md, "Third pass").
export { today } from '@/utils/domain/today/today';
export { channelName } from '../complaints/names';
