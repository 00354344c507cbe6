// Parses every *.tf file under DIR with npm @cdktf/hcl2json (HashiCorp's HCL parser compiled to
// WebAssembly). This is the fallback judge used only where the terraform binary is absent; it proves the
// files are well-formed HCL, not that terraform would accept them, so the driver reports the test as
// SKIPPED after it.
// Usage: node check-hcl.mjs DIR    Prints one line per problem; exit 0 ok, 1 problems, 2 nothing found.
import fs from 'node:fs';
import { parse } from '@cdktf/hcl2json';
import { Report, usageDir, findFiles, relative } from './lib.mjs';

const dir = usageDir('check-hcl.mjs');
const report = new Report('check-hcl');
for (const file of findFiles(dir, (_, name) => name.endsWith('.tf'))) {
    report.checked += 1;
    try {
        const json = await parse(relative(file), fs.readFileSync(file, 'utf8'));
        if (!json || typeof json !== 'object') report.problem(relative(file), '', 'parser returned nothing');
    } catch (err) {
        report.problem(relative(file), '', `HCL: ${String(err?.message ?? err).split('\n').filter((l) => l.trim()).join(' | ')}`);
    }
}
report.finish('Terraform file(s) (HCL parse only)');
