import { analyze } from '/work/main/lib/index';
for (const t of process.argv.slice(2)) console.log(t, '→', JSON.stringify(analyze(t, {sensitivity:'strict'}).map(f=>[f.ruleId,f.text,f.confidence])));
