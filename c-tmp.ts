import { loadContentFromDisk } from './src/lib/content-files';
const { result, problems } = loadContentFromDisk('content');
console.log(problems, result!.model.report.proposed, result!.model.report.dateMentions.inQuote);
for (const c of result!.model.countries) for (const s of c.steps.filter(s => s.status === 'proposed')) console.log(c.code, s.stance, s.label, '|', s.evidence.text.slice(0, 120));
