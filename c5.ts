import { extractQuotes } from './src/lib/quotes/extract';
const text = Array.from({ length: 4000 }, (_, i) => `“Point ${i} stands,” Pompeo said.`).join(' ');
extractQuotes([{ id: 'p', text }]);
