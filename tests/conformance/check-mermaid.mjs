// Checks every Mermaid diagram under DIR — each *.mmd file and each ```mermaid block of each *.md file —
// with mermaid 11's own parser (mermaid.parse() under jsdom), then renders each one to SVG with
// @mermaid-js/mermaid-cli driving Debian's Chromium (skipped with --no-render).
// Usage: node check-mermaid.mjs DIR [--no-render]
// Prints one line per problem; exit 0 ok, 1 problems, 2 nothing found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { Report, usageDir, findFiles, relative } from './lib.mjs';

const dir = usageDir('check-mermaid.mjs');
const render = !process.argv.includes('--no-render');
const report = new Report('check-mermaid');

// Diagrams: {file, line, text}
const diagrams = [];
for (const file of findFiles(dir, (_, name) => name.endsWith('.mmd') || name.endsWith('.md'))) {
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.mmd')) {
        diagrams.push({ file: relative(file), line: 1, text });
        continue;
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const open = /^(\s*)(`{3,}|~{3,})\s*mermaid\s*$/.exec(lines[i]);
        if (!open) continue;
        const fence = open[2];
        const body = [];
        let j = i + 1;
        for (; j < lines.length && !lines[j].trim().startsWith(fence); j++) body.push(lines[j]);
        if (j === lines.length) report.problem(relative(file), `line ${i + 1}`, 'mermaid block is never closed');
        diagrams.push({ file: relative(file), line: i + 1, text: body.join('\n') });
        i = j;
    }
}
const where = (d) => (d.file.endsWith('.md') ? `mermaid block at line ${d.line}` : '');

// mermaid's parser needs a DOM (DOMPurify); jsdom supplies one.
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const name of ['DOMParser', 'Element', 'HTMLElement', 'Node', 'SVGElement']) {
    if (!(name in globalThis)) globalThis[name] = dom.window[name];
}
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

for (const d of diagrams) {
    report.checked += 1;
    if (!d.text.trim()) {
        report.problem(d.file, where(d), 'empty diagram');
        continue;
    }
    try {
        await mermaid.parse(d.text);
        d.parsed = true;
    } catch (err) {
        const message = String(err?.message ?? err).split('\n').filter((l) => l.trim()).join(' | ');
        report.problem(d.file, where(d), `mermaid.parse: ${message}`);
    }
}

if (render && diagrams.some((d) => d.parsed)) {
    const { renderMermaid } = await import('@mermaid-js/mermaid-cli');
    const { default: puppeteer } = await import('puppeteer');
    const config = JSON.parse(fs.readFileSync(new URL('./puppeteer-config.json', import.meta.url), 'utf8'));
    // Chromium writes its profile and crash files under HOME; keep them out of the user's home.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'stackdraft-mermaid-'));
    process.env.HOME = scratch;
    const browser = await puppeteer.launch({
        ...config,
        executablePath: process.env.STACKDRAFT_CHROMIUM || config.executablePath,
        userDataDir: path.join(scratch, 'profile'),
    });
    try {
        for (const d of diagrams.filter((x) => x.parsed)) {
            try {
                const { data } = await renderMermaid(browser, d.text, 'svg');
                const svg = Buffer.from(data).toString('utf8');
                if (!svg.includes('<svg')) report.problem(d.file, where(d), 'render: no SVG produced');
                else if (/Syntax error in text/.test(svg)) report.problem(d.file, where(d), 'render: syntax error diagram');
            } catch (err) {
                report.problem(d.file, where(d), `render: ${String(err?.message ?? err).split('\n')[0]}`);
            }
        }
    } finally {
        await browser.close();
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}
report.finish(render ? 'Mermaid diagram(s) (parse + render)' : 'Mermaid diagram(s) (parse only, not rendered)');
